"""Hand-written articles for story-engine tests: several events, several outlets, several days."""
from __future__ import annotations

import datetime as dt

from topline.records import Article

D1 = dt.datetime(2025, 7, 1, 14, tzinfo=dt.timezone.utc)

KLING = [
    ("Reuters", "Kuaishou's Kling AI raises $2.8 billion from Alibaba and Tencent",
     "Kuaishou's video generation unit Kling AI has closed a $2.8 billion fundraise backed by Alibaba and Tencent, "
     "people familiar with the matter said. The round values the generative video business at more than "
     "$20 billion and is one of the largest private AI fundraises in China this year. Kling competes with OpenAI's "
     "Sora in text-to-video generation."),
    ("Bloomberg", "Kling AI lands $2.8bn round as Chinese tech giants back video generation",
     "Kling AI, the text-to-video generator spun out of short-video platform Kuaishou, raised $2.8bn in a funding "
     "round led by Alibaba Group and Tencent Holdings. The fundraise gives the video generation startup a "
     "valuation above $20bn. Investors see generative video as the next battleground after chatbots."),
    ("CNBC", "Alibaba, Tencent pour billions into Kuaishou video AI unit Kling",
     "Alibaba and Tencent are among the backers of a 2.8 billion dollar fundraise for Kling AI, the generative "
     "video unit of Kuaishou. The round, one of China's largest AI fundraises, will pay for compute and model "
     "training as Kling takes on OpenAI's Sora in video generation."),
]
CLAUDE_BAN = [
    ("Reuters", "Alibaba bans staff from using Anthropic's Claude coding assistant",
     "Alibaba has told employees to stop using Anthropic's Claude coding assistant and to switch to its in-house "
     "Qwen coding tools, according to an internal memo seen by Reuters. The ban on the US-developed programming "
     "assistant takes effect immediately and applies to all engineering teams, the memo said."),
    ("Financial Times", "Alibaba engineers ordered to drop Claude for in-house Qwen coding tools",
     "Engineers at Alibaba have been ordered to stop using Claude, the coding assistant built by Anthropic, and "
     "move to the company's own Qwen programming tools. The internal memo cites data security. Staff who relied "
     "on the Claude assistant for code review must switch by the end of the week."),
]
HEATWAVE = [
    ("BBC", "Europe heatwave: Spain records 46C as wildfires spread",
     "Spain recorded temperatures of 46C on Monday as a heatwave gripped southern Europe and firefighters battled "
     "wildfires in Catalonia. Authorities issued red alerts in Seville and Cordoba and urged residents to stay "
     "indoors during the hottest hours. Two farm workers died from heatstroke."),
    ("Guardian", "Wildfires and 46C heat: southern Europe swelters",
     "Wildfires forced evacuations in Catalonia as Spain's heatwave pushed temperatures to 46C, with red alerts "
     "across Andalusia including Seville and Cordoba. Heatstroke killed two farm workers, and firefighters said "
     "dry winds were spreading the blazes."),
]
HEATWAVE_DAY2 = [
    ("Reuters", "Spain heatwave death toll rises as wildfires burn in Catalonia",
     "The death toll from Spain's heatwave rose to five as wildfires kept burning in Catalonia and temperatures "
     "stayed above 44C in Seville and Cordoba. Firefighters evacuated villages and red heat alerts were extended "
     "across Andalusia for a third day."),
]


def article(i: int, source: str, title: str, text: str, when: dt.datetime) -> Article:
    return Article(url=f"https://news.example.com/{source.lower().replace(' ', '-')}/{i}", title=title, text=text,
                   published=when, source=source)


def day_one() -> list[Article]:
    out = []
    for n, (src, title, text) in enumerate(KLING + CLAUDE_BAN + HEATWAVE):
        out.append(article(n, src, title, text, D1 + dt.timedelta(minutes=20 * n)))
    return out
