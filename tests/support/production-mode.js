// The API under test runs with the libraries in their production mode, as `npm start` does:
// graphql-js's development-mode checks alone double the cost of a large answer, and the timing
// suites measure what users get. (The API's own settings come from loadConfig, not from this.)
process.env.NODE_ENV = 'production';
