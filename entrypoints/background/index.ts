export default defineBackground(() => {
  console.log('gongwen-lens background');
});
