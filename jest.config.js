// All projects in one jest run (npm test): one summary for unit and integration tests.
const { getJestProjectsAsync } = require('@nx/jest');

module.exports = async () => ({
  projects: await getJestProjectsAsync(),
});
