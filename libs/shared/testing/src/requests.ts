// What tests send to the services (request bodies, import workbooks), without the server packages the rest of this
// library loads: the browser tests import it as @budgetflow/testing/requests.
export * from './demo-requests';
export * from './import-sheets';
