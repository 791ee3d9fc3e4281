import { describe, expect, it } from 'vitest';
import { directoryNameOf as nameOf, prefillHeader, type DirectoryNames } from './directory';

const names: DirectoryNames = { version: 1, departments: { 'dept-a': '青浦区教育局' }, units: { 'unit-a': '青浦区实验小学' }, people: { r1: '审核人甲' } };

describe('nameOf', () => {
  it('gives the directory name of each kind', () => {
    expect(nameOf(names, 'department', 'dept-a')).toBe('青浦区教育局');
    expect(nameOf(names, 'unit', 'unit-a')).toBe('青浦区实验小学');
    expect(nameOf(names, 'person', 'r1')).toBe('审核人甲');
  });
  it('falls back to the given name, then to the id, when the directory has no entry', () => {
    expect(nameOf(names, 'unit', 'unit-x', '某单位')).toBe('某单位');
    expect(nameOf(names, 'unit', 'unit-x')).toBe('unit-x');
    expect(nameOf(undefined, 'department', 'dept-a')).toBe('dept-a');
    expect(nameOf(names, 'unit', undefined)).toBe('');
  });
});

describe('prefillHeader', () => {
  const blank = { header: { competentDepartment: '', implementingUnit: '', projectName: '' } };
  it('fills 主管部门 and 实施单位 of a new form from the directory', () => {
    expect(prefillHeader(blank, names, 'unit-a', 'dept-a').header).toMatchObject({ competentDepartment: '青浦区教育局', implementingUnit: '青浦区实验小学' });
  });
  it('keeps what the user typed and what the directory does not know', () => {
    const typed = { header: { ...blank.header, implementingUnit: '自填单位' } };
    expect(prefillHeader(typed, names, 'unit-a', 'dept-x').header).toMatchObject({ competentDepartment: '', implementingUnit: '自填单位' });
    expect(prefillHeader(blank, undefined, 'unit-a', 'dept-a')).toBe(blank);
  });
});
