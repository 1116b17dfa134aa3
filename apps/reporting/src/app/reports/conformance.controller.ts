import { ApiProblems } from '@budgetflow/platform';
import { REPORTS, conformanceStatements } from '@budgetflow/reporting/bilag';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';

class StandardVerdictView {
  @ApiProperty({ description: 'Standarden', enum: ['PDF/UA-1', 'PDF/A-2a'] }) standard!: string;
  @ApiProperty({ description: 'Sand, når veraPDF ikke fandt brudte regler' }) passed!: boolean;
  @ApiProperty({ type: [String], description: 'De brudte regler med veraPDF’s (engelske) beskrivelse, fx «7.1-3: Content shall be …»' })
  failedRules!: string[];
}

class ConformanceStatementView {
  @ApiProperty({ description: 'Bilagets nøgle', enum: REPORTS.map((report) => report.key) }) key!: string;
  @ApiProperty({ description: 'Bilagets titel' }) title!: string;
  @ApiProperty({ type: [StandardVerdictView], description: 'De standarder bilaget skal opfylde, med veraPDF’s dom' }) standards!: StandardVerdictView[];
  @ApiProperty({ description: 'Sand, når PDF’en erklærer standarderne i sine metadata' }) declaredInFile!: boolean;
  @ApiProperty({ description: 'Sand, når bilaget opfylder alle standarderne' }) conforms!: boolean;
  @ApiProperty({ description: 'veraPDF-versionen, der gav dommen', example: '1.28.2' }) veraPdfVersion!: string;
  @ApiProperty({ description: 'Dagen dommen blev registreret (ISO 8601); bekræftet af hver CI-kørsel siden', example: '2026-12-06' }) checkedOn!: string;
  @ApiProperty({ description: 'Erklæringen på dansk, til tilgængelighedserklæringen' }) text!: string;
}

class ConformanceListView {
  @ApiProperty({ type: [ConformanceStatementView] }) statements!: ConformanceStatementView[];
}

/** The bilag's PDF conformance (PDF/UA-1, PDF/A-2a) as veraPDF judged this renderer in CI: data, no Java at run time. */
@ApiTags('Bilag')
@ApiBearerAuth()
@Controller('conformance')
export class ConformanceController {
  @Get()
  @ApiOperation({ summary: 'Bilagenes overensstemmelse med PDF/UA-1 og PDF/A-2a (veraPDF’s dom over denne version)' })
  @ApiOkResponse({ type: ConformanceListView })
  @ApiProblems(401)
  list(): ConformanceListView {
    return {
      statements: conformanceStatements().map((statement) => ({
        ...statement,
        standards: statement.standards.map((verdict) => ({ ...verdict, failedRules: [...verdict.failedRules] })),
      })),
    };
  }
}
