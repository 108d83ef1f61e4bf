// Simplified forms of the characters that occur in units and counted nouns (項→项, 會員→会员,
// 公裡→公里). A small table instead of OpenCC: the analyzer runs in the content script, where
// building a full converter would cost more than the whole analysis.
const PAIRS =
  '項项個个箇个條条輛辆場场冊册臺台處处戶户畝亩噸吨種种類类門门張张頭头隻只間间隊队組组團团筆笔輪轮塊块' +
  '裡里裏里點点頃顷時时學学課课萬万億亿會会員员農农師师書书醫医專专們们級级業业單单園园區区縣县鄉乡' +
  '鎮镇國国眾众衛卫產产廠厂貧贫對对號号協协議议體体機机構构兒儿導导聯联戰战讀读術术設设備备樂乐藝艺' +
  '傳传統统參参觀观訪访響响應应為为與与場场戶户歲岁職职幹干驗验誌志願愿義义務务興兴歷历際际屆届關关頁页棟栋節节盞盏幣币鐘钟則则報报車车標标準准講讲歐欧鎊镑貝贝診诊圓圆顆颗攤摊劑剂層层週周額额韓韩釐厘銀银銅铜題题總总櫃柜輯辑攝摄錢钱幀帧擔担檔档';

const MAP = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) MAP.set(PAIRS[i], PAIRS[i + 1]);

export function toSimplifiedChars(s: string): string {
  let out = '';
  for (const ch of s) out += MAP.get(ch) ?? ch;
  return out;
}
