"""Names, places and texts of the demo office, and the generators of its people and their IDs.

Everything here is data or a function of a `random.Random`, so the same seed gives the
same office. Region codes are Kunming (5301xx) divisions, the demo community's city.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from itertools import accumulate

from partydesk.domain.enums import BranchRole, MemberStatus, ServiceCategory, TopicArea
from partydesk.domain.id_number import check_digit
from partydesk.domain.members import probation_end
from partydesk.services.roster import STAGE_EVENTS

# Common surnames, most frequent first (weights fall off with rank), plus a few compound ones.
SURNAMES = (
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
    "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方")
SURNAME_CUMULATIVE = tuple(accumulate(1.0 / (rank + 8) for rank in range(len(SURNAMES))))

MALE_CHARS = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林阳峰建国志文东海金成荣新春庆德祥"
FEMALE_CHARS = "芳娜敏静丽艳娟霞秀英华慧巧美娅雪琳玲婷倩梅兰凤洁琴云莲真环红月萍颖露瑶怡佳欣悦琼桂"
# Rare characters offices do meet in names; every PC must render them (embedded font).
RARE_CHARS = "昇堃喆赟玥旻珺婧彧翀淼垚燊昊祎"

REGION_CODES = (
    ("530112", 10), ("530102", 3), ("530103", 3), ("530111", 3), ("530114", 2), ("530181", 2),
    ("530124", 1), ("530125", 1), ("530126", 1), ("530127", 1), ("530128", 1), ("530129", 1),
)
ETHNICITIES = (("汉族", 80), ("彝族", 7), ("白族", 4), ("回族", 3), ("哈尼族", 2), ("傣族", 2), ("苗族", 2))
EDUCATIONS = (("初中", 15), ("高中", 15), ("中专", 10), ("大专", 25), ("本科", 30), ("硕士研究生", 5))

PLACES = ("昇平", "金碧", "翠湖", "盘龙", "滇池", "春城", "碧鸡", "金马", "海源", "书林")
COMPOUNDS = ("昇平苑", "金碧花园", "翠湖小区", "春晓家园", "滇池卫城", "碧鸡新村", "海源北苑", "书林雅居")
VENUES = ("社区党群服务中心会议室", "新时代文明实践站", "党员活动室", "社区居委会二楼会议室")
RED_SITES = ("西南联大旧址", "云南陆军讲武堂", "聂耳故居", "扶贫成果展览馆")

POSTS = (
    ("退休职工", 20), ("社区工作者", 8), ("个体工商户", 8), ("企业职工", 15), ("教师", 6), ("医生", 4),
    ("网格员", 4), ("楼栋长", 4), ("公务员", 4), ("灵活就业", 6),
)
FLOWING_POSTS = ("外出务工（广东东莞）", "外出务工（浙江义乌）", "外出务工（上海）", "在外经商（成都）")
NEW_ORG_POSTS = ("物业公司职员", "快递网点负责人", "外卖骑手", "律师事务所律师", "商贸公司会计", "网络科技公司程序员")
EXEMPLAR_POSTS = ("党员示范岗", "党员先锋岗", "党员责任区（{n}栋）", "党员服务岗")

LEAVE_REASONS = (("外出务工", 35), ("生病住院", 20), ("照顾家人", 20), ("单位加班", 15), ("外地探亲", 10))
FLOWING_LEAVE = "外出务工，已参加线上学习"

THEME_DAY_TITLES = (
    "新春走访慰问困难党员", "学习贯彻全国两会精神", "学雷锋志愿服务", "清明祭英烈", "五四青年座谈",
    "重温入党誓词", "庆祝建党{anniversary}周年", "八一拥军优属", "垃圾分类宣传", "重阳敬老",
    "消防安全宣传进楼栋", "国家宪法日学习",
)
LECTURE_TITLES = ("书记讲党课：坚定理想信念", "党课：学习党章党规", "党课：传承红色基因", "党课：为民服务解难题")
TRAINING_TOPICS = (
    (TopicArea.ECONOMY, "乡村振兴与社区经济专题培训"),
    (TopicArea.SCIENCE, "数字生活与防范电信诈骗培训"),
    (TopicArea.SKILLS, "家政与育婴实用技能培训"),
    (TopicArea.LAW, "民法典进社区专题培训"),
    (TopicArea.PARTY_STYLE, "作风建设专题培训"),
    (TopicArea.DISCIPLINE, "党纪学习教育专题培训"),
)
AGENDAS = (
    "传达学习上级党委文件精神", "通报本月党建工作", "研究困难群众帮扶事项", "讨论社区网格治理分工",
    "学习《中国共产党纪律处分条例》", "交流学习心得体会", "部署下月志愿服务活动", "收缴党费",
)
DECISIONS = ("会议同意上述安排，由支部委员分工落实。", "会议明确责任人和完成时限，下次会议通报进展。")

SERVICE_TITLES = {
    ServiceCategory.GOVERNANCE: ("楼栋矛盾纠纷调解", "网格隐患排查", "老旧小区改造意见征集"),
    ServiceCategory.PETITION: ("党员接访日", "信访事项回访", "邻里纠纷化解"),
    ServiceCategory.TECH_AID: ("智能手机使用教学", "电商直播助农", "种植技术指导"),
    ServiceCategory.LAST_MILE: ("为独居老人送药上门", "代办社保认证", "助残出行服务"),
    ServiceCategory.VOLUNTEER: ("社区环境清洁", "文明交通劝导", "义务理发"),
    ServiceCategory.OTHER: ("节日走访慰问", "献血宣传"),
}
SERVICE_OUTCOMES = ("群众满意", "问题已解决", "已转交相关部门办理", "建立长效机制，定期回访")

HEART_TALK = "了解思想、工作和家庭情况，听取对支部工作的意见建议。"
TALK_SUMMARIES = {
    "REMINDER": "针对近期多次无故缺席组织生活进行提醒，要求按时参加支部活动。",
    "ADMONISHMENT": "针对违反工作纪律问题进行诫勉，要求深刻反思、限期整改。",
    "INTEGRITY": "开展廉政提醒，强调严守廉洁纪律，做到秉公用权。",
    "CRITICISM": "对未按规定交纳党费问题进行批评教育，本人表示立即补交。",
}
TALK_RESPONSES = ("表示接受，将认真改正。", "本人认识到问题，表示今后按时参加活动。", "无异议。")

CHINESE_DIGITS = "零一二三四五六七八九"


def weighted(rng: random.Random, pairs) -> str:
    """One value of (value, weight) pairs."""
    values, cumulative = _cumulative(pairs)
    return rng.choices(values, cum_weights=cumulative)[0]


@cache
def _cumulative(pairs) -> tuple[tuple, tuple]:
    values, weights = zip(*pairs, strict=True)
    return values, tuple(accumulate(weights))


def chinese_number(n: int) -> str:
    """1 -> 一, 12 -> 十二, 40 -> 四十, 105 -> 一百零五 (up to 9999)."""
    if n < 10:
        return CHINESE_DIGITS[n]
    if n < 20:
        return "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CHINESE_DIGITS[n // 10] + "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if rest == 0 else ("零" + CHINESE_DIGITS[rest] if rest < 10 else _tens(rest))
        return CHINESE_DIGITS[n // 100] + "百" + tail
    rest = n % 1000
    tail = "" if rest == 0 else ("零" + chinese_number(rest) if rest < 100 else chinese_number(rest))
    return CHINESE_DIGITS[n // 1000] + "千" + tail


def _tens(n: int) -> str:
    """Tens inside a larger number keep their 一: 112 -> 一百一十二."""
    return CHINESE_DIGITS[n // 10] + "十" + (CHINESE_DIGITS[n % 10] if n % 10 else "")


def person_name(rng: random.Random, male: bool) -> str:
    """A plausible name: a common (rarely compound) surname and a one- or two-character given name."""
    if rng.random() < 0.01:
        surname = rng.choice(COMPOUND_SURNAMES)
    else:
        surname = rng.choices(SURNAMES, cum_weights=SURNAME_CUMULATIVE)[0]
    pool = MALE_CHARS if male else FEMALE_CHARS
    chars = [rng.choice(RARE_CHARS) if rng.random() < 0.06 else rng.choice(pool)
             for _ in range(1 if rng.random() < 0.3 else 2)]
    return surname + "".join(chars)


def resident_id(rng: random.Random, birth_date: date, male: bool, taken: set[str]) -> str:
    """A valid, not yet used 18-character ID; the sequence digit's parity gives the gender."""
    region = weighted(rng, REGION_CODES)
    for _ in range(1000):
        sequence = rng.randrange(0, 500) * 2 + (1 if male else 0)
        first17 = f"{region}{birth_date:%Y%m%d}{sequence:03d}"
        number = first17 + check_digit(first17)
        if number not in taken:
            taken.add(number)
            return number
        region = weighted(rng, REGION_CODES)
    raise RuntimeError("no free resident ID for this birth date")


def phone(rng: random.Random) -> str:
    return f"1{rng.choice('35789')}{rng.randrange(0, 10)}{rng.randrange(0, 10**8):08d}"


def address(rng: random.Random, district: str = "西山区") -> str:
    compound = rng.choice(COMPOUNDS)  # draws in the order the demo has always made them
    building, unit, floor, door = rng.randrange(1, 31), rng.randrange(1, 5), rng.randrange(1, 19), rng.randrange(1, 5)
    return f"昆明市{district}{compound}{building}栋{unit}单元{floor}0{door}室"


def day_between(rng: random.Random, first: date, last: date) -> date:
    """A random day in [first, last] (first when the span is empty)."""
    span = (last - first).days
    return first + timedelta(days=rng.randrange(span + 1)) if span > 0 else first


# ---- people ---------------------------------------------------------------------------------

STATUS_SHARES = {
    "regular": (
        (MemberStatus.APPLICANT, 0.03),
        (MemberStatus.ACTIVIST, 0.04),
        (MemberStatus.CANDIDATE, 0.02),
        (MemberStatus.PROBATIONARY, 0.05),
    ),
    "elderly": (),
    "flowing": ((MemberStatus.PROBATIONARY, 0.03),),
    "new_org": (
        (MemberStatus.APPLICANT, 0.06),
        (MemberStatus.ACTIVIST, 0.08),
        (MemberStatus.CANDIDATE, 0.04),
        (MemberStatus.PROBATIONARY, 0.08),
    ),
}
BIRTH_YEARS = {"regular": (1945, 22), "elderly": (1936, None), "flowing": (1976, 22), "new_org": (1981, 21)}
ELDERLY_LAST_BIRTH_YEAR = 1958


@dataclass
class Person:
    """One generated member; `id` is set when the row is queued."""

    name: str
    gender: str
    birth_date: date
    resident_id: str
    status: MemberStatus
    stages: tuple  # applied_on, activist_on, candidate_on, joined_on, full_on
    kind: str
    ethnicity: str = "汉族"
    education: str = ""
    phone: str = ""
    address: str = ""
    post: str = ""
    exemplar_post: str = ""
    is_flowing: bool = False
    group_id: int | None = None
    role: BranchRole = BranchRole.NONE
    propensity: float = 0.9
    id: int = 0

    @property
    def joined_on(self) -> date:
        return self.stages[3] or date.max

    def events(self):
        """(event kind, status reached, date) of each recorded stage, as the roster service writes them."""
        for (_field, kind, status), on in zip(STAGE_EVENTS, self.stages, strict=False):
            if on is not None:
                yield kind, status, on

    def leave_reason(self, rng: random.Random) -> str:
        if self.is_flowing and rng.random() < 0.7:
            return FLOWING_LEAVE
        if self.kind == "elderly" and rng.random() < 0.4:
            return "生病住院"
        return weighted(rng, LEAVE_REASONS)


def people_of_branch(
    rng: random.Random, kind: str, size: int, groups: list[int], today: date, taken: set[str]
) -> list[Person]:
    """`size` members of one branch spread over its groups, with a secretary, committee and group leaders."""
    people = [_person(rng, kind, today, taken) for _ in range(size)]
    for person in people:
        person.group_id = rng.choice(groups)
    full = [p for p in people if p.status is MemberStatus.FULL and today.year - p.birth_date.year < 75]
    roles = [BranchRole.SECRETARY] + [BranchRole.DEPUTY_SECRETARY] * (size >= 30) + [BranchRole.COMMITTEE_MEMBER] * 2
    for person, role in zip(rng.sample(full, min(len(full), len(roles))), roles, strict=False):
        person.role = role
        person.propensity = rng.uniform(0.55, 0.75) if rng.random() < 0.05 else rng.uniform(0.85, 1.0)
    for group_id in groups:
        choices = [p for p in full if p.group_id == group_id and p.role is BranchRole.NONE]
        if choices:
            rng.choice(choices).role = BranchRole.GROUP_LEADER
    return people


def _person(rng: random.Random, kind: str, today: date, taken: set[str]) -> Person:
    male = rng.random() < 0.62
    first_year, youngest = BIRTH_YEARS[kind]
    last_year = today.year - youngest if youngest else ELDERLY_LAST_BIRTH_YEAR
    birth = day_between(rng, date(first_year, 1, 1), date(last_year, 12, 31))
    status = _status(rng, kind)
    stages = _stages(rng, status, birth, today)
    if stages is None:
        status, stages = MemberStatus.APPLICANT, _stages(rng, MemberStatus.APPLICANT, birth, today)
    person = Person(
        person_name(rng, male),
        "M" if male else "F",
        birth,
        resident_id(rng, birth, male, taken),
        status,
        stages,
        kind,
        ethnicity=weighted(rng, ETHNICITIES),
        education=weighted(rng, EDUCATIONS),
        phone=phone(rng),
        address=address(rng),
        is_flowing=kind == "flowing" or rng.random() < 0.02,
    )
    person.post = _post(rng, kind, person.is_flowing)
    if status.is_party_member:
        person.propensity = _propensity(rng, kind, person.is_flowing)
        if rng.random() < 0.06:
            person.exemplar_post = rng.choice(EXEMPLAR_POSTS).format(n=rng.randrange(1, 31))
    return person


def _status(rng: random.Random, kind: str) -> MemberStatus:
    draw = rng.random()
    for status, share in STATUS_SHARES[kind]:
        if draw < share:
            return status
        draw -= share
    return MemberStatus.FULL


def _post(rng: random.Random, kind: str, is_flowing: bool) -> str:
    if is_flowing:
        return rng.choice(FLOWING_POSTS)
    if kind == "new_org":
        return rng.choice(NEW_ORG_POSTS)
    return "退休职工" if kind == "elderly" else weighted(rng, POSTS)


def _propensity(rng: random.Random, kind: str, is_flowing: bool) -> float:
    """Share of activities a member attends: most nearly all, some often away (below the hours)."""
    draw = rng.random()
    low = 0.25 if is_flowing else (0.18 if kind == "elderly" else 0.10)
    if draw < low:
        return rng.uniform(0.2, 0.5)
    if draw < low + 0.2:
        return rng.uniform(0.6, 0.85)
    return rng.uniform(0.86, 0.99)


def _years_after(day: date, years: int) -> date:
    """The anniversary `years` later; a 29 February birthday comes round on 1 March."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return date(day.year + years, 3, 1)


def _stages(rng: random.Random, status: MemberStatus, birth: date, today: date) -> tuple | None:
    """Stage dates in order, all after the 18th birthday and before today; None if the status cannot fit."""
    adult = _years_after(birth, 18)
    if status is MemberStatus.FULL:
        first, last = _years_after(birth, 20), min(today - timedelta(days=430), _years_after(birth, 50))
        if first > last:
            return None
        joined = day_between(rng, first, last)
        full = probation_end(joined) + timedelta(days=rng.randrange(0, 46))
        before = _before(rng, adult, joined, 4) if rng.random() < 0.4 else (None, None, None)
        return (*before, joined, full)
    ends = {
        MemberStatus.PROBATIONARY: 364,
        MemberStatus.CANDIDATE: 300,
        MemberStatus.ACTIVIST: 500,
        MemberStatus.APPLICANT: 365,
    }
    first, last = max(adult, today - timedelta(days=ends[status])), today - timedelta(days=7)
    if status is MemberStatus.PROBATIONARY and rng.random() < 0.3:
        last = today - timedelta(days=336)  # probation ending within the month: due for full membership
    if first > last:
        return None
    latest = day_between(rng, first, last)
    if status is MemberStatus.PROBATIONARY:
        return (*_before(rng, adult, latest, 3), latest, None)
    if status is MemberStatus.CANDIDATE:
        return (*_before(rng, adult, latest, 3)[:2], latest, None, None)
    if status is MemberStatus.ACTIVIST:
        return (_before(rng, adult, latest, 2)[0], latest, None, None, None)
    return (latest, None, None, None, None)


def _before(rng: random.Random, adult: date, until: date, years: int) -> tuple[date, date, date]:
    """Three ordered earlier stage dates within `years` before `until`, none before adulthood."""
    first = max(adult, until - timedelta(days=365 * years))
    return tuple(sorted(day_between(rng, first, until) for _ in range(3)))
