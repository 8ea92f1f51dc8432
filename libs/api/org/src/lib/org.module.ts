import { Module } from '@nestjs/common';
import { OrgDirectory } from './org-directory';
import { OrgResolver } from './org.resolver';

@Module({ providers: [OrgDirectory, OrgResolver], exports: [OrgDirectory] })
export class OrgModule {}
