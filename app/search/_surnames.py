"""Surname readings that differ from a character's everyday reading (pypinyin's default).

One surname a line: its Simplified form, its Traditional/variant forms if any, then its reading(s):
toneless pinyin, syllables joined by ``-``, ``|`` between alternatives, the first one is the usual
one. 单于 reads ``shan-yu`` first: it is far more often the surname 单 followed by a given name
than the old compound surname ``chan-yu``.

Compiled from the standard surname lists (百家姓 and the 通用规范汉字表 surname readings); the
project's own table. A test checks that every Traditional form folds to its Simplified one.
"""

from __future__ import annotations

SINGLE = """
单 單 shan
曾 zeng
解 xie
仇 qiu
区 區 ou
查 査 zha
乐 樂 yue|le
朴 piao
覃 qin|tan
缪 繆 miao
盖 蓋 ge|gai
种 種 chong
繁 po
员 員 yun
祭 zhai
句 gou
阚 闞 kan
翟 zhai|di
召 shao
能 nai
折 she
都 du
薄 bo
柏 bai
重 chong
洗 xian
莘 shen
长 長 chang
朝 chao
盛 sheng
郇 xun|huan
蔚 yu|wei
牟 mou|mu
粘 nian
卜 bu
宿 su
谌 諶 chen
乜 nie
隗 wei|kui
秘 bi|mi
眭 sui
贲 賁 ben
訾 zi
沈 shen
尉 wei|yu
车 車 che
"""

COMPOUND = """
欧阳 歐陽 ou-yang
司马 司馬 si-ma
上官 shang-guan
诸葛 諸葛 zhu-ge
东方 東方 dong-fang
皇甫 huang-fu
尉迟 尉遲 yu-chi
万俟 萬俟 mo-qi
长孙 長孫 zhang-sun
令狐 ling-hu
澹台 澹臺 tan-tai
公孙 公孫 gong-sun
慕容 mu-rong
宇文 yu-wen
司徒 si-tu
夏侯 xia-hou
轩辕 軒轅 xuan-yuan
端木 duan-mu
独孤 獨孤 du-gu
南宫 南宮 nan-gong
闻人 聞人 wen-ren
西门 西門 xi-men
呼延 hu-yan
百里 bai-li
东郭 東郭 dong-guo
淳于 chun-yu
单于 單于 shan-yu|chan-yu
赫连 赫連 he-lian
拓跋 tuo-ba
完颜 完顏 wan-yan
鲜于 鮮于 xian-yu
闾丘 閭丘 lv-qiu
司空 si-kong
钟离 鍾離 鐘離 zhong-li
宗政 zong-zheng
濮阳 濮陽 pu-yang
公羊 gong-yang
申屠 shen-tu
太史 tai-shi
公冶 gong-ye
左丘 zuo-qiu
谷梁 穀梁 gu-liang
乐正 樂正 yue-zheng
亓官 qi-guan
司寇 si-kou
仉督 zhang-du
子车 子車 zi-ju
颛孙 顓孫 zhuan-sun
壤驷 壤駟 rang-si
公良 gong-liang
漆雕 qi-diao
宰父 zai-fu
段干 duan-gan
东门 東門 dong-men
梁丘 liang-qiu
羊舌 yang-she
微生 wei-sheng
第五 di-wu
公西 gong-xi
巫马 巫馬 wu-ma
"""
