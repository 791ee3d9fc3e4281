import i18n from '../i18n';

/** The directory screen's words, Chinese first (added to the app's resources as their own block). */
const zh = {
  nav: { directory: '单位目录' },
  directory: {
    title: '单位、部门与人员目录', departments: '部门', units: '单位', people: '人员', add: '新增', edit: '编辑', save: '保存',
    id: '标识', code: '编码', name: '名称', department: '所属部门', unit: '所属单位', userId: '用户标识', personName: '姓名',
    roles: '角色', reviews: '审核部门', import: '导入（xlsx 或 JSON）', preview: '预览', confirmImport: '确认导入', export: '导出 xlsx',
    previewOk: '文件无误：新增部门 {{da}}、单位 {{ua}}、人员 {{pa}}；修改部门 {{dc}}、单位 {{uc}}、人员 {{pc}}。',
    previewErrors: '文件有 {{n}} 处问题，未导入任何内容：', sheet: '工作表', row: '行', column: '列', problem: '问题',
    imported: '目录已导入', version: '版本 {{v}}', search: '查找（名称或编码）', hint: '导入的条目按标识（工作簿无标识时按编码）新增或替换，文件中没有的条目保持不变；有任何问题则整个文件不导入。',
  },
};

const en = {
  nav: { directory: 'Directory' },
  directory: {
    title: 'Departments, units and people', departments: 'Departments', units: 'Units', people: 'People', add: 'Add', edit: 'Edit', save: 'Save',
    id: 'Id', code: 'Code', name: 'Name', department: 'Department', unit: 'Unit', userId: 'User id', personName: 'Name',
    roles: 'Roles', reviews: 'Reviews', import: 'Import (xlsx or JSON)', preview: 'Preview', confirmImport: 'Import', export: 'Export xlsx',
    previewOk: 'The file is valid: adds {{da}} departments, {{ua}} units, {{pa}} people; changes {{dc}} departments, {{uc}} units, {{pc}} people.',
    previewErrors: 'The file has {{n}} problem(s); nothing was imported:', sheet: 'Sheet', row: 'Row', column: 'Column', problem: 'Problem',
    imported: 'The directory was imported', version: 'version {{v}}', search: 'Find (name or code)', hint: 'Entries are added or replaced by id (by code in a workbook without ids); entries the file does not name stay; any problem refuses the whole file.',
  },
};

i18n.addResourceBundle('zh-CN', 'translation', zh, true, false);
i18n.addResourceBundle('en', 'translation', en, true, false);
