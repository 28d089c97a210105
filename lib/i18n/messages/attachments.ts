import { defineCatalogue } from '../catalogue';

/** Photos attached to a chat message: buttons, the tray, and why a photo was not attached. */
export const attachmentMessages = defineCatalogue({
  en: {
    takePhoto: 'Take photo',
    choosePhotos: 'Choose photos',
    attached: 'Attached photos',
    photo: 'Photo {n}',
    removePhoto: 'Remove photo {n}',
    preparing: 'Preparing photo…',
    dropToAttach: 'Drop to attach',
    dismiss: 'Dismiss: {message}',
    heic: 'This photo is HEIC, which this browser cannot open. Export it as JPEG, or attach it from Safari.',
    thisFile: 'this file',
    unreadable: 'Could not read {name} as an image.',
    notImage: '{name} is not an image, so it was not attached.',
    tooMany: { one: 'You can attach up to {max} photos per message. 1 photo was left out.', other: 'You can attach up to {max} photos per message. {count} photos were left out.' },
    overBudget: 'These photos are too large to send together ({total} of {limit}). Remove one.',
  },
  'zh-TW': {
    takePhoto: '拍照',
    choosePhotos: '選擇照片',
    attached: '已附加的照片',
    photo: '照片 {n}',
    removePhoto: '移除照片 {n}',
    preparing: '正在處理照片…',
    dropToAttach: '放開以附加',
    dismiss: '關閉：{message}',
    heic: '這張照片是 HEIC 格式，這個瀏覽器無法開啟。請先匯出成 JPEG，或改用 Safari 附加。',
    thisFile: '這個檔案',
    unreadable: '無法將 {name} 當作圖片讀取。',
    notImage: '{name} 不是圖片，所以沒有附加。',
    tooMany: '每則訊息最多可附加 {max} 張照片，有 {count} 張沒有附加。',
    overBudget: '這些照片加起來太大，無法一起傳送（{total}，上限 {limit}）。請移除一張。',
  },
});
