// The 31 provinces of the national data set and how many of the 533 demonstration counties
// (shared/seeds/001_…: "533家示范县", 2021–2025) each holds in it.
//
// The per-province counts are an ESTIMATE, not a published list: the notice gives only the
// national total. They follow each province's number of county-level divisions (about 19 % of
// them everywhere, at least 4), which is how the national plan allots places; a real list can
// replace them here without changing anything else. Codes are the GB/T 2260 province codes.
export const PROVINCES = [
  { code: '11', name: '北京市', short: '京', counties: 11 },
  { code: '12', name: '天津市', short: '津', counties: 9 },
  { code: '13', name: '河北省', short: '冀', counties: 28 },
  { code: '14', name: '山西省', short: '晋', counties: 19 },
  { code: '15', name: '内蒙古自治区', short: '蒙', counties: 16 },
  { code: '21', name: '辽宁省', short: '辽', counties: 16 },
  { code: '22', name: '吉林省', short: '吉', counties: 11 },
  { code: '23', name: '黑龙江省', short: '黑', counties: 16 },
  { code: '31', name: '上海市', short: '沪', counties: 9 },
  { code: '32', name: '江苏省', short: '苏', counties: 25 },
  { code: '33', name: '浙江省', short: '浙', counties: 24 },
  { code: '34', name: '安徽省', short: '皖', counties: 22 },
  { code: '35', name: '福建省', short: '闽', counties: 17 },
  { code: '36', name: '江西省', short: '赣', counties: 19 },
  { code: '37', name: '山东省', short: '鲁', counties: 26 },
  { code: '41', name: '河南省', short: '豫', counties: 28 },
  { code: '42', name: '湖北省', short: '鄂', counties: 19 },
  { code: '43', name: '湖南省', short: '湘', counties: 22 },
  { code: '44', name: '广东省', short: '粤', counties: 23 },
  { code: '45', name: '广西壮族自治区', short: '桂', counties: 18 },
  { code: '46', name: '海南省', short: '琼', counties: 5 },
  { code: '50', name: '重庆市', short: '渝', counties: 11 },
  { code: '51', name: '四川省', short: '川', counties: 30 },
  { code: '52', name: '贵州省', short: '贵', counties: 16 },
  { code: '53', name: '云南省', short: '云', counties: 22 },
  { code: '54', name: '西藏自治区', short: '藏', counties: 7 },
  { code: '61', name: '陕西省', short: '陕', counties: 19 },
  { code: '62', name: '甘肃省', short: '甘', counties: 16 },
  { code: '63', name: '青海省', short: '青', counties: 6 },
  { code: '64', name: '宁夏回族自治区', short: '宁', counties: 5 },
  { code: '65', name: '新疆维吾尔自治区', short: '新', counties: 18 },
];
