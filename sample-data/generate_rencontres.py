#!/usr/bin/env python3
"""Builds rencontres-exemple.json (equipage-meetups/1) from the sample launch day's people.

Standard library only, fixed seed: the output is the same on every run.
- interests: the person's interests from the launch day, plus one or two of their skills' topics;
- offers: know-how they can share, taken from their skills (the ones they are likely strong in);
- seeks: one or two techniques they do not have yet, the sought-after ones more often;
- absent: about one person in eight misses one of the six rounds (holidays, a crisis at work);
- apart: the launch day's two "apart" pairs (a manager and an agent of the same directorate).
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "journee-lancement-2023.json"
TARGET = HERE / "rencontres-exemple.json"
ROUNDS = 6
# What people want to learn at a data/AI programme: the recent and rare techniques first.
SOUGHT = ["llm", "mlops", "nlp", "dataviz", "sig", "data-engineering", "vision", "web-scraping", "sql",
          "r", "python", "statistique", "open-data", "gestion-de-projet", "design"]
SOUGHT_WEIGHTS = [9, 7, 6, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 2, 1]
# Interests a skill makes likely (talking about it, not only doing it).
TOPIC_OF_SKILL = {"nlp": "ia-de-confiance", "llm": "ia-generative", "dataviz": "administration-ouverte",
                  "open-data": "administration-ouverte", "sig": "territoires", "vision": "ia-de-confiance",
                  "statistique": "evaluation-des-politiques", "r": "evaluation-des-politiques",
                  "mlops": "industrialisation", "data-engineering": "industrialisation",
                  "web-scraping": "veille", "design": "experience-usager", "gestion-de-projet": "conduite-du-changement",
                  "python": "logiciel-libre", "sql": "qualite-des-donnees"}


def main():
    day = json.loads(SOURCE.read_text(encoding="utf-8"))
    rnd = random.Random(2023)
    people = []
    for p in day["participants"]:
        skills = list(p["skills"])
        interests = list(p.get("interests", []))
        for skill in rnd.sample(skills, k=min(len(skills), rnd.choice([1, 1, 2]))):
            topic = TOPIC_OF_SKILL.get(skill)
            if topic and topic not in interests:
                interests.append(topic)
        offers = rnd.sample(skills, k=min(len(skills), rnd.choice([1, 2, 2, 3])))
        seeks = []
        while len(seeks) < rnd.choice([1, 2, 2]):
            s = rnd.choices(SOUGHT, weights=SOUGHT_WEIGHTS)[0]
            if s not in skills and s not in seeks:
                seeks.append(s)
        absent = [rnd.randint(1, ROUNDS)] if rnd.random() < 0.125 else []
        people.append({"id": p["id"], "name": p["name"], "ministry": p["ministry"], "interests": interests,
                       "offers": sorted(offers), "seeks": sorted(seeks), "absent": absent})
    out = {
        "format": "equipage-meetups/1",
        "title": "Rencontres de la saison 2023 du programme 10 % (données fictives, personnes de la journée de lancement)",
        "settings": {"rounds": ROUNDS, "groupSize": 4,
                     "weights": {"repeat": -100, "sameMinistry": -3, "sharedInterest": 1, "knowHow": 2}},
        "ministries": day["ministries"],
        "participants": people,
        "history": [],
        "apart": day.get("apart", []),
    }
    TARGET.write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{TARGET.name} : {len(people)} participants, {ROUNDS} tours de groupes de 4")


if __name__ == "__main__":
    main()
