/**
 * Session 47 (issue 10, train56): four dangers that were missed, each by a general cause.
 * 1. A partner's conditional threat to kill ("hễ về trễ là cắt cổ") with the writer afraid to go home now: violence.
 * 2. Belt or whip marks seen on a child (body_marks), even when a test score is the reason told: child abuse.
 * 3. Clothes torn on someone passed out, barely awake, drugged or carried off (clothes_torn): sexual assault.
 * 4. Someone locked in where men come as clients night after night (clients_visit): trafficking.
 * Each with harmless neighbours that keep calm.
 */
import { describe } from 'vitest';
import { findAnswer } from '../../src/nlp/engine.ts';
import { itRaisesNoCrisis, itRepliesDangerNow } from '../helpers/danger-now.ts';
import { realKnowledge } from '../helpers/kb.ts';

const kb = realKnowledge();
const reply = (text: string) => findAnswer(kb, text);

describe('a conditional threat to kill, the condition met now (threat_if)', () => {
  itRepliesDangerNow(
    reply,
    [
      'Chồng em dặn hễ em về trễ là cắt cổ, giờ 11 giờ đêm rồi em còn ở công ty, em không dám về',
      'chong toi noi he toi di choi ve khuya la cat co, bay gio 12h roi toi khong dam ve',
      'ổng nói hễ tui về trễ là đánh chết, giờ 11 giờ rồi tui còn ở chỗ làm, tui hổng dám dìa',
      'bồ em nhắn tối nay mà còn đi với bạn là giết chết, em sợ lắm',
      'anh ta dọa hễ em nghỉ làm là cắt cổ em, giờ anh ta đứng đợi dưới nhà, em sợ quá',
    ],
    'violence',
  );
  itRaisesNoCrisis(reply, [
    'hễ về trễ là mẹ la, tối nay em về trễ thì có sao không',
    'ba dặn hễ đi chơi về trễ là khóa cửa ngoài, tối nay em lỡ về trễ',
    'ho noi he ve tre la tru luong, gio 10h em con o xuong',
    'my dad will kill me if I fail the test lol',
    'hễ trời mưa là đường ngập, em không dám về',
  ]);
});

describe('belt or whip marks seen on a child (body_marks)', () => {
  itRepliesDangerNow(
    reply,
    [
      'A 10-year-old in my class has fresh belt marks on her arms and says her mom will finish her tonight over her grades',
      "my neighbour's kid showed me lash marks on his back from his stepdad",
      'my 8 year old nephew has belt marks on his legs and is scared to go home',
      'the boy next door has fresh whip marks on his arms, he says it was because of his test score',
      'a student showed me welts from the belt on her legs today because of her report card',
    ],
    'child-abuse',
  );
  itRaisesNoCrisis(reply, [
    'after the car crash my son has seat belt marks on his chest, is that normal',
    'how do I get belt marks out of a leather sofa',
    'my kid got welts on his legs from mosquito bites, what cream helps',
    'my son has red marks on his shoulders from his heavy school bag',
    'my dad will kill me if I get a bad test score haha',
  ]);
});

describe('clothes torn on someone passed out, barely awake or carried off (clothes_torn)', () => {
  itRepliesDangerNow(
    reply,
    [
      "my sister was drugged at a party, she's barely conscious and her clothes are ripped",
      'I found my roommate passed out in the stairwell and her shirt was ripped',
      'bạn em bị bỏ thuốc, giờ lơ mơ, áo bị xé',
      'ban toi ngat o quan nhau, quan ao bi xe, co thang la dang keo no ra xe',
      'a guy is carrying a girl out of the club and her dress is ripped, she can barely stand',
    ],
    'sexual-assault',
  );
  itRaisesNoCrisis(reply, [
    'she passed out from tiredness after the exam, should she see a doctor',
    'my jeans are torn, where can I get free clothes',
    'quần áo của bé rách hết rồi, trung tâm có phát quần áo cũ không',
    'my dress was ripped at the wedding, how do I fix it',
    'con mèo cào rách áo khoác của em, có cách nào vá không',
  ]);
});

describe('someone locked in where men come as clients night after night (clients_visit)', () => {
  itRepliesDangerNow(
    reply,
    [
      'căn nhà đầu ngõ có mấy cô gái bị nhốt trên lầu, đêm nào cũng có đàn ông ra vào',
      'nha ben canh co may em gai bi nhot, toi nao cung co khach toi',
      'there are young women locked in the house next door and men come every night',
      'mấy chị bị nhốt trong phòng sau quán massage, mỗi đêm đều có khách',
      'they keep girls locked in rooms behind the bar and clients come every night',
    ],
    'trafficking',
  );
  itRaisesNoCrisis(reply, [
    'tối nào quán cũng đông khách, có cần đăng ký hộ kinh doanh không',
    'nhà trọ khóa cửa lúc 11 giờ đêm, em về trễ thì làm sao',
    'tối nào cũng có khách tới chơi nhà, em mệt quá',
    'our shop has customers every night, do we need a permit',
    'nha nghi nay dem nao cung co khach, co can dang ky tam tru cho khach khong',
  ]);
});
