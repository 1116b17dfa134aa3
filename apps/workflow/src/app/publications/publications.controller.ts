import {
  AllowRoles,
  ApiProblems,
  AuthenticatedUser,
  CurrentRequest,
  CurrentUser,
  IDEMPOTENCY_KEY_HEADER,
  RequestContext,
  uuidParam,
} from '@budgetflow/platform';
import { PUBLISHERS } from '@budgetflow/domain';
import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicationDto } from './publication.dto';
import { PublicationView } from './publication.view';
import { ONLY_THE_BUDGET_OFFICE, PublicationsService } from './publications.service';

@ApiTags('Udgivelse')
@ApiBearerAuth()
@Controller('rounds/:roundId/publications')
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @Post()
  @AllowRoles({ roles: PUBLISHERS, code: 'publication.budget_office_only', detail: ONLY_THE_BUDGET_OFFICE })
  @ApiOperation({
    summary: 'Udgiv rundens materiale på det offentlige websted (Koncernøkonomi)',
    description:
      'Bilagene, som de står ved den angivne dataversion, udgives under titel og dato (hændelsen material.published.v1). Den nye udgivelse erstatter rundens hidtidige som den aktuelle; de tidligere forbliver på listen. Rapporteringen danner de offentlige sider af udgivelsen.',
  })
  @ApiHeader(IDEMPOTENCY_KEY_HEADER)
  @ApiCreatedResponse({ type: PublicationView })
  @ApiProblems(400, 401, 'publication.budget_office_only', 'round.not_found', 'idempotency.key_reused')
  publish(
    @CurrentUser() user: AuthenticatedUser,
    @Param('roundId', uuidParam('roundId')) roundId: string,
    @Body() dto: PublicationDto,
    @CurrentRequest() request: RequestContext,
  ): Promise<PublicationView> {
    return this.publications.publish(user, roundId, dto, request);
  }

  @Get()
  @ApiOperation({ summary: 'Rundens udgivelser, den aktuelle først (hver med hvad den erstattede, og hvornår den selv blev erstattet)' })
  @ApiOkResponse({ type: [PublicationView] })
  @ApiProblems(400, 401, 'round.not_found')
  list(@Param('roundId', uuidParam('roundId')) roundId: string): Promise<PublicationView[]> {
    return this.publications.list(roundId);
  }
}
