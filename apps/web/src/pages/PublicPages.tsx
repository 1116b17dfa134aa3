import { useSearchParams } from 'react-router';
import { PublicLayout } from '../layout/PublicLayout';
import { signInHref } from '../session/SessionContext';

/** Not signed in: what Budgetflow is, and the way in. */
export function SignInPage() {
  return (
    <PublicLayout>
      <h1>Log ind i Budgetflow</h1>
      <p className="font-lead">
        Budgetflow samler regionens budgetforslag: udvalgenes forslag, Koncernøkonomis behandling, FU’s og Regionsrådets beslutninger og bilagene.
      </p>
      <p>Du logger ind med din organisations login. Din rolle og dit udvalg kommer derfra.</p>
      <a className="button button-primary" href={signInHref()}>
        Log ind
      </a>
    </PublicLayout>
  );
}

export function SignedOutPage() {
  return (
    <PublicLayout>
      <h1>Du er logget ud</h1>
      <p>Du er logget ud af Budgetflow og af login-tjenesten. Luk browseren, hvis du bruger en fælles computer.</p>
      <a className="button button-primary" href={signInHref('/')}>
        Log ind igen
      </a>
    </PublicLayout>
  );
}

/** The new tab of a renewed sign-in: the session is back; the page left open carries on. */
export function SignedInAgainPage() {
  return (
    <PublicLayout>
      <h1>Du er logget ind igen</h1>
      <p>Gå tilbage til fanen, du arbejdede i: den fortsætter, og intet af det, du havde skrevet, er gået tabt. Du kan lukke denne fane.</p>
      <a href="/">Gå til forsiden</a>
    </PublicLayout>
  );
}

const REASONS: Record<string, { heading: string; text: string }> = {
  'ingen-rolle': {
    heading: 'Du har ingen rolle i Budgetflow',
    text: 'Du blev logget ind, men din bruger giver ingen rolle i Budgetflow. Bed din leder eller IT-afdelingen om at give dig adgang (en gruppe, der giver en rolle), og log så ind igen.',
  },
  afbrudt: { heading: 'Login blev afbrudt', text: 'Du afbrød login. Vil du ind i Budgetflow, så log ind igen.' },
  udbyder: {
    heading: 'Login-tjenesten svarer ikke',
    text: 'Budgetflow kunne ikke nå login-tjenesten. Prøv igen om lidt. Fortsætter fejlen, så kontakt Budgetflows driftsansvarlige.',
  },
  login: {
    heading: 'Login mislykkedes',
    text: 'Login kunne ikke gennemføres, fx fordi det tog for lang tid eller blev startet i en anden fane. Log ind igen.',
  },
};

/** An error page that says what happened and what to do. */
export function ErrorPage({ reason }: { reason?: string }) {
  const [params] = useSearchParams();
  const shown = REASONS[reason ?? params.get('aarsag') ?? ''] ?? {
    heading: 'Der opstod en fejl',
    text: 'Siden kunne ikke vises. Gå til forsiden, og prøv igen. Fortsætter fejlen, så kontakt Budgetflows driftsansvarlige.',
  };
  return (
    <PublicLayout>
      <h1>{shown.heading}</h1>
      <p>{shown.text}</p>
      <p>
        <a className="button button-primary" href={signInHref('/')}>
          Log ind igen
        </a>{' '}
        <a className="button button-secondary" href="/">
          Gå til forsiden
        </a>
      </p>
    </PublicLayout>
  );
}

export function NotFoundPage() {
  return (
    <>
      <h1>Siden findes ikke</h1>
      <p>Adressen findes ikke i Budgetflow. Brug menuen, eller gå til forsiden.</p>
      <a href="/">Gå til forsiden</a>
    </>
  );
}
