import {
  NegotiationPackage,
  PACKAGE_LIMITS,
  PackageInput,
  checkText,
  cleanText,
  describePackageChanges,
  joinDanish,
  quote,
  validatePackage,
} from '@budgetflow/domain';
import { AuthenticatedUser, ProblemException, invalidInput } from '@budgetflow/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { StoredPackage } from '../store/stored-package';
import { WorkflowStore, WorkflowTransaction } from '../store/workflow-transaction';
import { NegotiationContext, negotiationContext } from './negotiation-context';
import { packageActor, packageNotFound, requireNegotiator } from './package-access';
import { CopyPackageDto } from './package.dto';
import { PackageView } from './package.view';
import { toPackageView } from './to-package-view';

/**
 * The negotiation packages of a round, written by the budget office and RR's secretariat: created, saved with a
 * version guard (two negotiators on one package: the second save is refused with what changed since), copied. Every
 * save is one transaction with its history line; nothing is published (packages stay in this service until the
 * agreement). A closed round's packages are kept as they were.
 */
@Injectable()
export class PackagesService {
  constructor(private readonly store: WorkflowStore) {}

  async create(user: AuthenticatedUser, roundId: string, dto: PackageInput): Promise<PackageView> {
    requireNegotiator(user.actor, `i runden ${roundId}`);
    return this.store.transaction(async (tx) => {
      const context = await negotiationContext(tx, roundId, user.actor);
      await lockOpenRound(tx, roundId);
      const content = validate(dto, context);
      const pkg = await insert(tx, user, roundId, content, null);
      return toPackageView(pkg, context.proposals);
    });
  }

  async update(user: AuthenticatedUser, id: string, dto: PackageInput, expectedVersion: number): Promise<PackageView> {
    requireNegotiator(user.actor, id);
    return this.store.transaction(async (tx) => {
      const known = await tx.findPackage(id);
      if (!known) throw packageNotFound(id);
      await lockOpenRound(tx, known.roundId);
      const current = (await tx.lockPackage(id)) as StoredPackage;
      const context = await negotiationContext(tx, current.roundId, user.actor);
      if (expectedVersion !== current.version) throw await versionConflict(tx, current, expectedVersion, context);
      const content = validate(dto, context);
      const at = new Date();
      const by = packageActor(user);
      const updated = await tx.updatePackage(id, { content, version: current.version + 1, at, by });
      const changes = describePackageChanges(current.content, content, context.proposals);
      await tx.appendPackageHistory({ packageId: id, version: updated.version, action: 'updated', at, actor: by, changes, copiedFrom: null, content });
      return toPackageView(updated, context.proposals);
    });
  }

  /** A new package with the same content (the initiatives keep their keys, so the two compare item by item). */
  async copy(user: AuthenticatedUser, id: string, dto: CopyPackageDto): Promise<PackageView> {
    requireNegotiator(user.actor, id);
    return this.store.transaction(async (tx) => {
      const source = await tx.findPackage(id);
      if (!source) throw packageNotFound(id);
      await lockOpenRound(tx, source.roundId);
      const name = copyName(dto.name, source.content.name);
      const context = await negotiationContext(tx, source.roundId, user.actor);
      const pkg = await insert(tx, user, source.roundId, { ...source.content, name }, source.id);
      return toPackageView(pkg, context.proposals);
    });
  }
}

// A package is changed only while its round is open; the round's lock is shared, as every act's, so the agreement
// (which takes it exclusively) waits for a save or comes first.
async function lockOpenRound(tx: WorkflowTransaction, roundId: string): Promise<void> {
  if (await tx.lockRoundForAct(roundId))
    throw ProblemException.conflict('workflow.round_closed', 'Budgetrunden er afsluttet med budgetaftalen; dens forhandlingspakker kan ikke længere ændres.');
}

function validate(dto: PackageInput, context: NegotiationContext): NegotiationPackage {
  const result = validatePackage(dto, context);
  if (!result.ok) throw invalidInput(result.issues);
  return result.value;
}

async function insert(
  tx: WorkflowTransaction,
  user: AuthenticatedUser,
  roundId: string,
  content: NegotiationPackage,
  copiedFrom: string | null,
): Promise<StoredPackage> {
  const at = new Date();
  const actor = packageActor(user);
  const pkg: StoredPackage = { id: randomUUID(), roundId, version: 1, content, createdAt: at, createdBy: actor, updatedAt: at, updatedBy: actor };
  await tx.insertPackage(pkg);
  await tx.appendPackageHistory({ packageId: pkg.id, version: 1, action: copiedFrom ? 'copied' : 'created', at, actor, changes: [], copiedFrom, content });
  return pkg;
}

/** The copy's name as typed, or «Kopi af …» (shortened to the limit); checked as a package's name is. */
function copyName(typed: string | undefined, original: string): string {
  const name = cleanText(typed) || `Kopi af ${original}`.slice(0, PACKAGE_LIMITS.nameCharacters);
  const issues = checkText(name, 'name', 'Pakkens navn');
  if (name.length > PACKAGE_LIMITS.nameCharacters)
    issues.push({
      code: 'package.name_too_long',
      path: 'name',
      message: `Pakkens navn er ${name.length} tegn; højst ${PACKAGE_LIMITS.nameCharacters} er tilladt.`,
    });
  if (issues.length > 0) throw invalidInput(issues);
  return name;
}

/**
 * The version guard's refusal: who saved the package since the version the save builds on, and what changed from that
 * version to the current one (the domain's describePackageChanges), one line each in `errors`.
 */
async function versionConflict(tx: WorkflowTransaction, current: StoredPackage, expected: number, context: NegotiationContext): Promise<ProblemException> {
  const history = await tx.packageHistory(current.id);
  const base = history.find((line) => line.version === expected);
  if (!base || expected > current.version) {
    return ProblemException.conflict(
      'package.version_conflict',
      `Pakken ${quote(current.content.name)} har ikke version ${expected}; den aktuelle version er ${current.version}. Hent pakken igen.`,
    );
  }
  const savers = [...new Set(history.filter((line) => line.version > expected).map((line) => line.actor.name))];
  const changes = describePackageChanges(base.content, current.content, context.proposals);
  const what = changes.length > 0 ? 'Ændringerne står i listen.' : 'Intet, der ses i pakken, er ændret.';
  return ProblemException.of(
    'package.version_conflict',
    `Pakken ${quote(current.content.name)} er gemt af ${joinDanish(savers)}, siden du hentede version ${expected}; den aktuelle version er ${current.version}. ${what} Hent pakken igen, og gentag din ændring.`,
    { errors: changes.map((message) => ({ code: 'package.changed_since', path: 'version', message })) },
  );
}
