/** The demo users of local runs: one per role, over the dev-token endpoint (development only). */
export interface DemoUser {
  key: string;
  userId: string;
  name: string;
  roles: string[];
  unitId?: string;
  departmentIds?: string[];
  /** The names the demo directory gives the unit and departments (the sign-in page is read before signing in). */
  unitName?: string;
  departmentNames?: string[];
}

export const demoUsers: DemoUser[] = [
  {
    key: 'unit', userId: 'demo-unit', name: '青浦区总工会填报人', roles: ['unit'],
    unitId: 'unit-qingpu-union', departmentIds: ['dept-qingpu-union'], unitName: '青浦区总工会（本级）', departmentNames: ['青浦区总工会'],
  },
  {
    key: 'unit2', userId: 'demo-unit-2', name: '青浦区退管会填报人', roles: ['unit'],
    unitId: 'unit-qingpu-retirees', departmentIds: ['dept-qingpu-union'], unitName: '青浦区退休职工管理委员会办公室', departmentNames: ['青浦区总工会'],
  },
  { key: 'reviewer', userId: 'demo-reviewer', name: '主管部门审核人', roles: ['reviewer'], departmentIds: ['dept-qingpu-union'], departmentNames: ['青浦区总工会'] },
  { key: 'manager', userId: 'demo-manager', name: '财政局绩效管理处', roles: ['manager'] },
  { key: 'admin', userId: 'demo-admin', name: '系统管理员', roles: ['admin', 'manager'] },
];
