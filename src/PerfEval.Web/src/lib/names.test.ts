import { describe, expect, it } from 'vitest';
import { nameOf, type DirectoryNames } from './names';

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
