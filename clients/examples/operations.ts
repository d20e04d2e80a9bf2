/** The operations the client examples run: a query, a mutation and a subscription (plain text, for any client's `gql`). */
export const MY_VEHICLES_TEXT = /* GraphQL */ `
  query MyVehicles {
    me {
      person {
        vehicles(first: 5) {
          edges {
            node {
              id
              vin
              plate {
                number
              }
            }
          }
        }
      }
    }
  }
`;

export const REQUEST_CERTIFICATE_TEXT = /* GraphQL */ `
  mutation RequestCertificate($vehicleId: ID!) {
    requestAdministrativeCertificate(vehicleId: $vehicleId) {
      id
      number
    }
  }
`;

export const MY_DEMANDS_LIVE_TEXT = /* GraphQL */ `
  subscription MyDemandsLive($applicantId: ID) {
    demandStatusChanged(applicantId: $applicantId) {
      status
      version
      at
      demand {
        reference
      }
    }
  }
`;
