"""Well-known places and organisations, with the aliases that should meet on one canonical form.

Hand-written (no data set is downloaded): countries with their demonyms, large cities and regions, and
organisations that news about business, technology and geopolitics names most often. Each line is
``canonical: alias | alias | ...``; aliases are matched case-insensitively after ``entities.normalise``.
"""
from __future__ import annotations

_PLACES = """
united states: us | u.s | usa | u.s.a | america | american | americans | united states of america | washington
united kingdom: uk | u.k | britain | great britain | british | england | english | london
china: chinese | prc | people's republic of china | beijing | mainland china
european union: eu | e.u | europe | european | brussels
japan: japanese | tokyo
india: indian | indians | new delhi | delhi
france: french | paris
germany: german | berlin
italy: italian | rome
spain: spanish | madrid
russia: russian | russians | moscow | kremlin
ukraine: ukrainian | ukrainians | kyiv | kiev
singapore: singaporean | singaporeans
malaysia: malaysian | kuala lumpur
indonesia: indonesian | jakarta
thailand: thai | bangkok
vietnam: vietnamese | hanoi | viet nam
philippines: philippine | filipino | manila
south korea: korea | korean | south korean | seoul | republic of korea
north korea: north korean | pyongyang | dprk
taiwan: taiwanese | taipei
hong kong: hongkong
australia: australian | canberra | sydney | melbourne
new zealand: wellington | auckland
canada: canadian | ottawa | toronto
mexico: mexican | mexico city
brazil: brazilian | brasilia | sao paulo
argentina: argentine | argentinian | buenos aires
chile: chilean | santiago
colombia: colombian | bogota
peru: peruvian | lima
venezuela: venezuelan | caracas
israel: israeli | israelis | jerusalem | tel aviv
iran: iranian | tehran
iraq: iraqi | baghdad
syria: syrian | damascus
saudi arabia: saudi | saudis | riyadh
united arab emirates: uae | emirati | abu dhabi | dubai
qatar: qatari | doha
turkey: turkish | turkiye | ankara | istanbul
egypt: egyptian | cairo
south africa: south african | johannesburg | pretoria | cape town
nigeria: nigerian | lagos | abuja
kenya: kenyan | nairobi
ethiopia: ethiopian | addis ababa
pakistan: pakistani | islamabad | karachi
bangladesh: bangladeshi | dhaka
afghanistan: afghan | kabul
myanmar: burma | burmese | yangon
cambodia: cambodian | phnom penh
netherlands: dutch | holland | amsterdam | the hague
belgium: belgian
switzerland: swiss | geneva | zurich | bern
austria: austrian | vienna
sweden: swedish | stockholm
norway: norwegian | oslo
denmark: danish | copenhagen
finland: finnish | helsinki
poland: polish | warsaw
ireland: irish | dublin
portugal: portuguese | lisbon
greece: greek | athens
hungary: hungarian | budapest
czech republic: czech | czechia | prague
romania: romanian | bucharest
gaza: gazan | gaza strip
palestine: palestinian | palestinians | west bank
lebanon: lebanese | beirut
yemen: yemeni
sri lanka: sri lankan | colombo
nepal: nepalese | kathmandu
silicon valley: bay area | san francisco
new york: new york city | nyc | manhattan | wall street
california: californian
texas: texan
shanghai: shanghai
shenzhen: shenzhen
africa: african
asia: asian
middle east: mideast
latin america: latin american
""".strip()

_ORGS = """
alibaba: alibaba group | alibaba group holding
tencent: tencent holdings
baidu: baidu inc
bytedance: tiktok owner bytedance
tiktok: tik tok
huawei: huawei technologies
xiaomi: xiaomi corp
kuaishou: kuaishou technology
jd.com: jd | jingdong
byd: byd co
microsoft: msft
apple: apple inc
alphabet: google | alphabet inc | google llc
amazon: amazon.com | aws | amazon web services
meta: meta platforms | facebook
nvidia: nvidia corp
openai: open ai
anthropic: anthropic pbc
xai: x.ai
tesla: tesla inc
spacex: space exploration technologies
intel: intel corp
amd: advanced micro devices
tsmc: taiwan semiconductor manufacturing | taiwan semiconductor manufacturing co
samsung: samsung electronics
sk hynix: hynix
arm: arm holdings
qualcomm: qualcomm inc
broadcom: broadcom inc
oracle: oracle corp
ibm: international business machines
palantir: palantir technologies
salesforce: salesforce inc
netflix: netflix inc
uber: uber technologies
grab: grab holdings
sea: sea ltd | shopee
mistral: mistral ai
deepseek: deep seek
accenture: accenture plc
infosys: infosys ltd
goldman sachs: goldman | goldman sachs group
jpmorgan: jp morgan | jpmorgan chase | j.p. morgan
morgan stanley: morgan stanley
blackrock: blackrock inc
softbank: softbank group
allianz: allianz se
hsbc: hsbc holdings
dbs: dbs group | dbs bank
ocbc: ocbc bank | oversea-chinese banking corporation
uob: united overseas bank
temasek: temasek holdings
gic: gic private
singapore airlines: sia
boeing: the boeing company
airbus: airbus se
federal reserve: fed | us federal reserve | u.s. federal reserve
european central bank: ecb
bank of england: boe
people's bank of china: pboc
bank of japan: boj
monetary authority of singapore: mas
international monetary fund: imf
world bank: world bank group
world health organization: who | world health organisation
united nations: un | u.n
nato: north atlantic treaty organization
opec: organization of the petroleum exporting countries | opec+
european commission: commission
white house: white house
pentagon: us department of defense | department of defense
securities and exchange commission: sec | us sec
federal trade commission: ftc
department of justice: doj | justice department
reuters: thomson reuters
bloomberg: bloomberg news | bloomberg lp
associated press: ap
agence france-presse: afp
financial times: ft
wall street journal: wsj
new york times: nyt
cnbc: cnbc
bbc: british broadcasting corporation
channel newsasia: cna
straits times: st | the straits times
nasdaq: nasdaq composite
s&p 500: s&p | standard & poor's
dow jones: dow | dow jones industrial average
""".strip()


def _parse(block: str, kind: str) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for line in block.splitlines():
        canon, _, rest = line.partition(":")
        canon = canon.strip()
        out[canon] = (canon, kind)
        for alias in rest.split("|"):
            alias = alias.strip()
            if alias:
                out.setdefault(alias, (canon, kind))
    return out


# normalised alias -> (canonical, kind)
ALIASES: dict[str, tuple[str, str]] = {**_parse(_PLACES, "PLACE"), **_parse(_ORGS, "ORG")}
# short aliases that are also ordinary words or ambiguous: only used when written in capitals
CAPS_ONLY = {"us", "who", "sea", "arm", "st", "ap", "un", "sec", "commission", "fed", "dow", "mas", "sia", "jd"}

# Names of well-known places and bodies in Chinese and Malay/Indonesian, mapped to the English canonical form,
# so that an article in one language can meet a report of the same event in another (anchor similarity).
_FOREIGN = """
united states: 美国 | 美國 | amerika syarikat | amerika serikat | as
united kingdom: 英国 | 英國 | britain | united kingdom
china: 中国 | 中國 | china | tiongkok
japan: 日本 | jepun | jepang
south korea: 韩国 | 韓國 | korea selatan
north korea: 朝鲜 | 北韩 | korea utara
india: 印度
singapore: 新加坡 | s'pura | spura | 狮城
malaysia: 马来西亚 | 馬來西亞 | 大马 | 马国
indonesia: 印尼 | 印度尼西亚
thailand: 泰国 | 泰國 | thai
philippines: 菲律宾 | 菲律賓 | filipina
vietnam: 越南
myanmar: 缅甸 | 緬甸
cambodia: 柬埔寨 | kemboja
australia: 澳洲 | 澳大利亚
new zealand: 新西兰 | 纽西兰
russia: 俄罗斯 | 俄羅斯 | 俄国 | rusia
ukraine: 乌克兰 | 烏克蘭
germany: 德国 | 德國 | jerman
france: 法国 | 法國 | perancis | prancis
italy: 意大利 | itali
spain: 西班牙 | sepanyol
european union: 欧盟 | 歐盟 | kesatuan eropah | uni eropa | 欧洲 | eropah | eropa
taiwan: 台湾 | 台灣
hong kong: 香港
mexico: 墨西哥
canada: 加拿大
brazil: 巴西
pakistan: 巴基斯坦
iran: 伊朗
israel: 以色列
saudi arabia: 沙特 | arab saudi
turkey: 土耳其 | turki
egypt: 埃及 | mesir
venezuela: 委内瑞拉 | 委內瑞拉
puerto rico: 波多黎各
dominican republic: 多米尼加 | republik dominika
bermuda: 百慕大
united nations: 联合国 | 聯合國 | pertubuhan bangsa-bangsa bersatu | pbb | perserikatan bangsa-bangsa
asean: 东盟 | 東盟 | 亚细安
european central bank: 欧洲央行
people's bank of china: 人民银行 | 中国人民银行
world health organization: 世卫 | 世界卫生组织 | pertubuhan kesihatan sedunia
""".strip()

FOREIGN_ALIASES: dict[str, tuple[str, str]] = {k: v for k, v in _parse(_FOREIGN, "PLACE").items()
                                                if k not in ("as", "thai", "china", "britain", "united kingdom")}
