// Reviewed cases of OpenCC's own test data where opencc-js (and so this extension) deliberately
// gives another answer. Each entry names the case, the exact output we accept instead of
// OpenCC's, and why. The engine test fails if a listed case stops differing (the exception is
// stale) or differs in any other way.
//
// Why all three: opencc-js does not bundle OpenCC's TSCharactersExt dictionary ("may_output_tofu"),
// whose T→S targets are CJK Extension B–H characters many fonts lack; converting to them would show
// tofu boxes (see node_modules/opencc-js/README.md). The rare characters stay unconverted instead.

export interface OpenccException {
  config: string;
  /** The case id after `#` in the `source` column. */
  caseId: string;
  /** What opencc-js returns, accepted in place of OpenCC's expected output. */
  actual: string;
  reason: string;
}

export const OPENCC_EXCEPTIONS: OpenccException[] = [
  {
    config: 't2s',
    caseId: 'BYVoid_OpenCC_PR_1228_existing_behaviors',
    actual: '殢 殢云尤雨 𣨼 𣨼云尤雨',
    reason: 'OpenCC simplifies 殢 to the Extension B form 𣨼 (TSCharactersExt); opencc-js keeps 殢 to avoid tofu.',
  },
  {
    config: 't2s',
    caseId: 'BYVoid_OpenCC_PR_1229_existing_behaviors',
    actual: '剔团𪢮月儿初淡 剔团圞月儿初淡',
    reason: 'OpenCC simplifies 圞 to the Extension C form 𪢮 (TSCharactersExt); opencc-js keeps 圞 to avoid tofu.',
  },
  {
    config: 't2s',
    caseId: 'BYVoid_OpenCC_PR_464_xi_vs_xi',
    actual:
      '綦溪利跂 谿工 玉溪生 勃溪 棠溪 溪子 溪州 樠溪 𣲘溪 后溪 太溪 解溪 阳溪；綦溪利跂 谿工 玉溪生 勃溪 棠溪 溪子 溪州 𣗊溪 𣲘溪 后溪 后溪穴 太溪 太溪穴 解溪 解溪穴 阳溪 阳溪穴',
    reason: 'OpenCC simplifies 樠 to the Extension B form 𣗊 (TSCharactersExt); opencc-js keeps 樠 to avoid tofu.',
  },
];
