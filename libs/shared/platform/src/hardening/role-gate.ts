import { Role } from '@budgetflow/domain';
import { CanActivate, ExecutionContext, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Request } from 'express';
import { AuthenticatedUser } from '../auth/authenticated-user';
import { ForbiddenCode, NotFoundCode, ProblemException } from '../http/problem';

interface RoleGateRule {
  roles: readonly Role[];
  /**
   * The same code and Danish reason the service gives for a wrong role, so the answer does not change: a 403, or a
   * 404 where even the existence of what is asked for is confidential (negotiation packages).
   */
  code: ForbiddenCode | NotFoundCode;
  detail: string;
}

const ROLE_GATE = 'budgetflow:role-gate';

/** Refuses a wrong role before the body is validated (guards run before pipes), so a reader costs no validation. */
@Injectable()
export class RoleGateGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    // A route's own rule, else its controller's.
    const rule = this.reflector.getAllAndOverride<RoleGateRule | undefined>(ROLE_GATE, [context.getHandler(), context.getClass()]);
    const user = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>().user;
    if (!rule || !user || rule.roles.includes(user.actor.role)) return true;
    throw ProblemException.of(rule.code, rule.detail);
  }
}

/** A coarse role check for a route (or every route of a controller), run after authentication and before validation; the service still decides. */
export function AllowRoles(rule: RoleGateRule) {
  return applyDecorators(SetMetadata(ROLE_GATE, rule), UseGuards(RoleGateGuard));
}
