import Ajv from 'ajv-draft-04';
import { load } from 'js-yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// docker-compose.yml against the Compose Specification's JSON schema (tools/docker/compose-spec.json, see
// tools/docker/compose-spec.md), since no Docker engine runs here; and the deployment it describes is npm start's
// with --instances=2: two of each service and of the gateway behind HAProxy with the repository's configuration.
const root = join(__dirname, '..', '..', '..', '..');
const compose = load(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as Compose;

// Each app's port: the balancer's, and the one its image listens on.
const PORTS = { intake: 3101, workflow: 3102, reporting: 3103, gateway: 3100 };

interface ComposeService {
  build?: { context: string; dockerfile: string; target?: string; args?: Record<string, string> };
  image?: string;
  environment?: Record<string, string | number>;
  volumes?: string[];
}
interface Compose {
  services: Record<string, ComposeService>;
}

function composeSchema(): Record<string, unknown> {
  const schema = JSON.parse(readFileSync(join(root, 'tools', 'docker', 'compose-spec.json'), 'utf8'));
  // The project's top-level name came to the specification after this copy of its schema; it is a string there.
  schema.properties.name = { type: 'string' };
  return schema;
}

/** The schema's complaints about a compose file, as "path: message" lines (empty when it is valid). */
function complaints(document: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  // The schema's own formats (durations, ports) are Compose's to check; unknown formats are not errors here.
  for (const format of ['duration', 'expose', 'ports', 'subnet_ip_address']) ajv.addFormat(format, true);
  const validate = ajv.compile(composeSchema());
  return validate(document) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message} ${JSON.stringify(error.params)}`);
}

describe('docker-compose.yml', () => {
  it('follows the Compose Specification', () => {
    expect(complaints(compose)).toEqual([]);
  });

  it('is checked for real: the schema refuses a misspelt service key', () => {
    const misspelt = structuredClone(compose);
    (misspelt.services['intake-1'] as Record<string, unknown>)['replica'] = 2;
    expect(complaints(misspelt).join('\n')).toContain('replica');
  });

  it('runs two instances of each service and of the gateway, each built from the one Dockerfile with its APP', () => {
    const dockerfile = 'tools/docker/Dockerfile';
    for (const name of ['intake', 'workflow', 'reporting', 'gateway']) {
      const build = { context: '.', dockerfile, target: 'runtime', args: { APP: name } };
      expect([compose.services[`${name}-1`]?.build, compose.services[`${name}-2`]?.build]).toEqual([build, build]);
    }
    for (const name of ['intake', 'workflow', 'reporting']) {
      expect(compose.services[`${name}-migrate`]?.build).toEqual({ context: '.', dockerfile, target: 'migrate', args: { APP: name } });
    }
    expect(compose.services['dev-idp']?.build).toEqual({ context: '.', dockerfile, target: 'dev-idp' });
  });

  it("builds each app's image in its own stage of the Dockerfile: its port, its bundle and its command", () => {
    const stages = Object.fromEntries(
      readFileSync(join(root, 'tools', 'docker', 'Dockerfile'), 'utf8')
        .split(/^FROM /m)
        .slice(1)
        .map((stage) => [/^\S+ AS (\S+)/.exec(stage)?.[1], stage]),
    );
    for (const [name, port] of Object.entries(PORTS)) {
      const stage = stages[`runtime-${name}`] ?? '';
      expect(stage).toMatch(/^runtime-base AS /);
      expect(stage).toContain(`ENV ${name.toUpperCase()}_PORT=${port}\n`);
      expect(stage).toContain(`EXPOSE ${port}\n`);
      expect(stage).toContain(`COPY --from=build /app/dist/apps/${name} ./dist/apps/${name}\n`);
      expect(stage).toContain(`CMD ["node", "--enable-source-maps", "dist/apps/${name}/main.js"]\n`);
    }
    // The gateway serves the web application (GATEWAY_WEB_ROOT's default, dist/apps/web).
    expect(stages['runtime-gateway']).toContain('COPY --from=build /app/dist/apps/web ./dist/apps/web\n');
  });

  it('puts HAProxy with the repository configuration in front of every instance', () => {
    const balancer = compose.services['balancer'];
    expect(balancer.image).toMatch(/^haproxy:/);
    expect(balancer.volumes).toContain('./tools/haproxy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro');
    const environment = balancer.environment ?? {};
    for (const [name, port] of Object.entries(PORTS)) {
      expect(environment[`${name.toUpperCase()}_PORT`]).toBe(port);
      expect([environment[`${name.toUpperCase()}_SERVER_1`], environment[`${name.toUpperCase()}_SERVER_2`]]).toEqual([
        `${name}-1:${port}`,
        `${name}-2:${port}`,
      ]);
    }
    // Every variable the configuration reads is set (HAProxy refuses an unset one in a server or bind line).
    const config = readFileSync(join(root, 'tools', 'haproxy', 'haproxy.cfg'), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .join('\n');
    const required = [...config.matchAll(/"\$\{([A-Z0-9_]+)\}"/g)].map((match) => match[1]).filter((variable) => !/_SERVER_[34]$/.test(variable));
    for (const variable of new Set(required)) expect({ variable, set: variable in environment }).toEqual({ variable, set: true });
  });
});
