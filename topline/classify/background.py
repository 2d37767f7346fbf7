"""Background classes: kinds of news that belong in no strategic edition unless the user's taxonomy asks for them.

They compete with the user's categories during classification; a story they win gets ``primary=None``. A
background class close to one of the user's categories (a taxonomy with a "Sports" category) is left out, so a
user can ask for any of these subjects by writing a category for it.
"""
from __future__ import annotations

from topline.records import Category

BACKGROUND: tuple[Category, ...] = (
    Category(
        name="~sports",
        description="Sports: match results, scores, players, coaches, transfers, leagues, tournaments and "
                    "championships.",
        keywords=("match", "goal", "season", "league", "tournament", "championship", "coach", "striker",
                  "quarterback", "playoffs", "Wimbledon", "Premier League", "transfer", "cup final"),
        examples=("Champions win derby with late goal", "Tennis star knocked out in second round",
                  "Club signs midfielder on four-year contract", "Quarterback leads comeback victory")),
    Category(
        name="~celebrity",
        description="Celebrity and entertainment news: film stars, pop music, television shows, awards, "
                    "celebrity relationships, weddings and gossip, royals and fashion.",
        keywords=("celebrity", "actor", "actress", "singer", "album", "tour", "box office", "red carpet",
                  "wedding", "divorce", "reality show", "fashion", "royal", "Grammy", "Oscar"),
        examples=("Pop star announces world tour dates", "Actor and model confirm engagement",
                  "Superhero sequel tops weekend box office", "Reality show star opens up about divorce")),
    Category(
        name="~lifestyle",
        description="Lifestyle and human interest: recipes, food and restaurants, travel, home and garden, "
                    "pets, fitness tips, horoscopes, weather forecasts and quirky local stories.",
        keywords=("recipe", "restaurant", "travel", "holiday", "garden", "pets", "horoscope", "weather forecast",
                  "heatwave", "festival", "diet", "wellness"),
        examples=("Ten beaches to visit this summer", "Heatwave to bring temperatures of 35C this weekend",
                  "Dog rescued after three days stuck in drain", "Easy recipes for a summer barbecue")),
    Category(
        name="~crime",
        description="Local crime and accidents: murders, robberies, arrests, police appeals, road crashes, "
                    "fires and court cases about individuals.",
        keywords=("police", "arrested", "murder", "stabbing", "robbery", "crash", "fire", "victim", "suspect",
                  "jailed"),
        examples=("Man arrested after stabbing in town centre", "Two injured in motorway crash",
                  "Police appeal for witnesses after burglary")),
    Category(
        name="~politics",
        description="General politics and world affairs: elections, parties and campaigns, parliaments, wars and "
                    "armed conflicts, diplomacy, protests, terrorism and natural disasters.",
        keywords=("election", "campaign", "parliament", "opposition", "troops", "ceasefire", "rebels", "protesters",
                  "earthquake", "hurricane", "refugees", "militants"),
        examples=("Opposition wins snap election", "Rebels seize border town as talks stall",
                  "Earthquake leaves thousands homeless", "Protesters clash with police in capital")),
    Category(
        name="~business",
        description="General business and the economy outside technology: oil and commodity prices, retail sales, "
                    "airlines, carmakers, banks' earnings, interest rates, inflation, housing and jobs reports.",
        keywords=("oil prices", "crude", "retail sales", "airline", "carmaker", "mortgage", "inflation",
                  "interest rates", "central bank", "housing market", "unemployment"),
        examples=("Oil prices climb on supply fears", "Retailer's quarterly profit beats forecasts",
                  "Central bank raises interest rates", "Airline cuts flights as fuel costs rise")),
    Category(
        name="~shopping",
        description="Shopping and consumer retail trivia: supermarket offers and price cuts, what shoppers are "
                    "buying, bargains and discounts on household goods and gadgets, products selling out in hot "
                    "or cold weather, store promotions, buying guides and product reviews.",
        keywords=("shoppers", "bargains", "bargain", "half-price", "discount", "discounts", "supermarket",
                  "buying guide", "best buys", "sold out", "sell out", "promotion", "aisles", "air fryer"),
        examples=("Shoppers snap up fans and paddling pools as heatwave drives sales",
                  "Supermarket cuts prices on summer barbecue essentials", "The best air fryers to buy this year",
                  "Bargain hunters flock to stores for half-price homeware")),
    Category(
        name="~science",
        description="Science, health and nature outside AI: medicine and disease, drugs and vaccines, space "
                    "missions, biology, animals, climate and weather science, archaeology.",
        keywords=("vaccine", "disease", "patients", "cancer", "species", "fossil", "NASA", "astronomers",
                  "climate", "asteroid", "archaeologists"),
        examples=("Space probe sends back images of distant moon", "Scientists discover new species in rainforest",
                  "Vaccine trial shows strong protection", "Fossil reveals early bird relative")),
)
