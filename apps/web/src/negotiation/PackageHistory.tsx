import { ApiError } from '../api/api-error';
import { usePackageHistory } from '../api/package-queries';
import { Loading } from '../layout/Loading';
import { ProblemAlert } from '../layout/ProblemAlert';

const ACTION_LABELS = { created: 'Oprettet', copied: 'Kopieret', updated: 'Gemt' } as const;

/** Every save of the package, newest first: who, when, and what changed, one sentence per change. */
export function PackageHistory({ packageId }: { packageId: string }) {
  const history = usePackageHistory(packageId);
  return (
    <section aria-labelledby="pakkens-historik" className="mt-7">
      <h2 id="pakkens-historik">Pakkens historik</h2>
      {history.error instanceof ApiError ? <ProblemAlert error={history.error} heading="Historikken kunne ikke hentes" /> : null}
      {!history.data && !history.error ? <Loading text="Henter historikken …" /> : null}
      <ol className="nobullet-list no-max-width">
        {[...(history.data ?? [])].reverse().map((entry) => (
          <li key={entry.version} className="mb-4">
            <p className="mb-2">
              <strong>
                Version {entry.version}: {ACTION_LABELS[entry.action]}
              </strong>{' '}
              {new Date(entry.at).toLocaleString('da-DK', { dateStyle: 'medium', timeStyle: 'short' })} af {entry.actor.name}
            </p>
            {entry.changes.length > 0 ? (
              <ul>
                {entry.changes.map((change) => (
                  <li key={change}>{change}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
