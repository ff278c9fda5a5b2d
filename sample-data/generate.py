#!/usr/bin/env python3
"""Génère le jeu d'exemple « journée de lancement 2023 » d'Équipage.

    python3 sample-data/generate.py            # écrit journee-lancement-2023.json et vérifie
    python3 sample-data/generate.py --check    # vérifie le fichier existant sans le réécrire

Sortie : ``journee-lancement-2023.json`` (format ``equipage-instance/1``, spec
team-model.md §1), à côté de ce script. Déterministe (graines fixes), bibliothèque
standard seule.

Toutes les personnes sont inventées. Les ministères et les huit projets réels du
14 février 2023 (titres et administrations participantes) viennent des données de
référence publiques (ministeres-2023.csv, projets-2023.csv), recopiées ci-dessous
pour que le script se suffise à lui-même ; si ces fichiers sont présents
(``--reference DIR``), la copie est comparée à l'original.

Après l'écriture, le script :
  1. valide les références de l'instance (ids uniques, renvois existants, tailles…) ;
  2. cherche, par recuit simulé, un plan respectant les règles H1–H8 (spec §3) avec
     exactement ``maxTeams`` équipes, et l'affiche avec son score (spec §4), son profil
     de rangs et une borne supérieure grossière du score.
"""

import argparse
import csv
import io
import json
import math
import os
import random
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "journee-lancement-2023.json")
DATA_SEED = 20230214
SEARCH_SEED = 14022023

# --------------------------------------------------------------------------------------
# Données de référence (copie de /work/shared/reference, faits publics)
# --------------------------------------------------------------------------------------
MINISTERES_CSV = """\
code;nom;parent;type
SPM;Services du Premier ministre;;ministère
MASA;Ministère de l'Agriculture et de la Souveraineté alimentaire;;ministère
MINARM;Ministère des Armées;;ministère
MC;Ministère de la Culture;;ministère
MEFSIN;Ministère de l'Économie, des Finances et de la Souveraineté industrielle et numérique;;ministère
MENJ;Ministère de l'Éducation nationale et de la Jeunesse;;ministère
MESR;Ministère de l'Enseignement supérieur et de la Recherche;;ministère
MEAE;Ministère de l'Europe et des Affaires étrangères;;ministère
MIOM;Ministère de l'Intérieur et des Outre-mer;;ministère
MJ;Ministère de la Justice;;ministère
MSP;Ministère de la Santé et de la Prévention;;ministère
MSAPH;Ministère des Solidarités, de l'Autonomie et des Personnes handicapées;;ministère
MSJOP;Ministère des Sports et des Jeux Olympiques et Paralympiques;;ministère
MTFP;Ministère de la Transformation et de la Fonction publiques;;ministère
MTECT;Ministère de la Transition écologique et de la Cohésion des territoires;;ministère
MTES;Ministère de la Transition énergétique;;ministère
MTPEI;Ministère du Travail, du Plein emploi et de l'Insertion;;ministère
AN;Assemblée nationale;;institution
DINUM;Direction interministérielle du numérique;SPM;direction
DITP;Direction interministérielle de la transformation publique;SPM;direction
INSEE;Institut national de la statistique et des études économiques;MEFSIN;direction
DGFIP;Direction générale des Finances publiques;MEFSIN;direction
DGDDI;Direction générale des Douanes et Droits indirects;MEFSIN;direction
PEREN;Pôle d'expertise de la régulation numérique;MEFSIN;service
DREES;Direction de la recherche, des études, de l'évaluation et des statistiques;MSP;service statistique
SPF;Santé publique France;MSP;opérateur
HAS;Haute Autorité de santé;;autorité indépendante
DEPP;Direction de l'évaluation, de la prospective et de la performance;MENJ;service statistique
DNE;Direction du numérique pour l'éducation;MENJ;direction
IGN;Institut national de l'information géographique et forestière;MTECT;opérateur
SDES;Service des données et études statistiques;MTECT;service statistique
DGAC;Direction générale de l'Aviation civile;MTECT;direction
GN;Gendarmerie nationale;MIOM;direction
SSMSI;Service statistique ministériel de la sécurité intérieure;MIOM;service statistique
DNUM-MI;Direction du numérique du ministère de l'Intérieur;MIOM;direction
SDSE;Sous-direction de la statistique et des études;MJ;service statistique
CCASS;Cour de cassation;MJ;juridiction
DARES;Direction de l'animation de la recherche, des études et des statistiques;MTPEI;service statistique
DEPS;Département des études, de la prospective, des statistiques et de la documentation;MC;service statistique
DGNUM;Direction générale du numérique et des systèmes d'information et de communication;MINARM;direction
SSP;Service de la statistique et de la prospective;MASA;service statistique
SIES;Sous-direction des systèmes d'information et des études statistiques;MESR;service statistique
"""

PROJETS_CSV = """\
projet;administrations_participantes
Transformers;DINUM|DITP|AN|MEFSIN
PoufDoc;DITP|MJ|MEAE|SPF
Cartiflette;INSEE|MSP|MIOM|MTECT
ChartsGouv;MIOM|MC|MTECT|MTFP
Datanonyme;INSEE|AN|DINUM|MSP
FormIAble;INSEE|DINUM|MINARM|MIOM|HAS|MJ
TrouverMonExpertData;MIOM|SPF|MTECT
Impact environnemental;AN|MC
"""

# --------------------------------------------------------------------------------------
# Vocabulaires
# --------------------------------------------------------------------------------------
SKILLS = ["nlp", "llm", "vision", "python", "r", "sql", "statistique", "data-engineering",
          "mlops", "dataviz", "design", "sig", "web-scraping", "gestion-de-projet", "open-data"]
INTERESTS = ["ia-de-confiance", "sobriete-numerique", "administration-ouverte", "sante",
             "environnement", "justice", "territoires", "education", "emploi", "culture"]

EMAIL_DOMAINS = {
    "MEFSIN": "finances.gouv.fr", "INSEE": "insee.fr", "DGFIP": "dgfip.finances.gouv.fr",
    "DGDDI": "douane.finances.gouv.fr", "PEREN": "finances.gouv.fr",
    "SPM": "pm.gouv.fr", "DINUM": "numerique.gouv.fr", "DITP": "modernisation.gouv.fr",
    "MIOM": "interieur.gouv.fr", "DNUM-MI": "interieur.gouv.fr", "SSMSI": "interieur.gouv.fr",
    "GN": "gendarmerie.interieur.gouv.fr",
    "MTECT": "developpement-durable.gouv.fr", "SDES": "developpement-durable.gouv.fr",
    "MTES": "developpement-durable.gouv.fr", "IGN": "ign.fr", "DGAC": "aviation-civile.gouv.fr",
    "MSP": "sante.gouv.fr", "DREES": "sante.gouv.fr", "SPF": "santepubliquefrance.fr",
    "MSAPH": "social.gouv.fr", "HAS": "has-sante.fr",
    "MJ": "justice.gouv.fr", "SDSE": "justice.gouv.fr", "CCASS": "justice.fr",
    "MC": "culture.gouv.fr", "DEPS": "culture.gouv.fr", "AN": "assemblee-nationale.fr",
    "DEPP": "education.gouv.fr", "DNE": "education.gouv.fr", "DARES": "travail.gouv.fr",
    "DGNUM": "intradef.gouv.fr", "SSP": "agriculture.gouv.fr",
    "SIES": "enseignementsup-recherche.gouv.fr", "MEAE": "diplomatie.gouv.fr",
    "MTFP": "fonction-publique.gouv.fr",
}

# --------------------------------------------------------------------------------------
# Propositions. Les huit premières sont les projets réels du 14 février 2023 (titre et
# administrations réels ; descriptions, compétences et tailles rédigées pour l'exemple).
# Les douze suivantes sont des idées inventées, plausibles, qui n'ont pas été retenues.
# Champs : id, titre, ministère porteur, compétences, min, max, description, popularité
# (poids de tirage des choix secondaires).
# --------------------------------------------------------------------------------------
PROPOSALS = [
    ("P01", "Transformers", "DINUM", ["nlp", "llm", "python", "mlops"], 4, 8,
     "Mettre à disposition des administrations des modèles de langue open source pour "
     "classer et analyser leurs textes.", 5.0),
    ("P02", "PoufDoc", "DITP", ["nlp", "data-engineering", "python"], 4, 7,
     "Construire un outil de recherche et de fouille dans de grands corpus documentaires "
     "administratifs.", 4.0),
    ("P03", "Cartiflette", "INSEE", ["sig", "python", "r", "open-data"], 4, 8,
     "Faciliter la récupération des fonds de carte administratifs à jour pour produire "
     "des cartes statistiques.", 4.5),
    ("P04", "ChartsGouv", "MIOM", ["dataviz", "design", "sql"], 4, 7,
     "Offrir aux administrations un outil de tableaux de bord aux couleurs du système de "
     "design de l'État.", 4.5),
    ("P05", "Datanonyme", "INSEE", ["statistique", "nlp", "python"], 4, 7,
     "Outiller l'anonymisation des données tabulaires et textuelles avant leur partage "
     "ou leur ouverture.", 4.0),
    ("P06", "FormIAble", "INSEE", ["vision", "nlp", "mlops"], 4, 8,
     "Extraire automatiquement les informations de documents scannés ou de formulaires "
     "difficilement exploitables.", 4.5),
    ("P07", "TrouverMonExpertData", "MIOM", ["data-engineering", "design", "gestion-de-projet"], 4, 7,
     "Créer un annuaire des compétences data de l'État pour trouver rapidement le bon "
     "interlocuteur.", 3.0),
    ("P08", "Impact environnemental", "AN", ["data-engineering", "statistique", "dataviz"], 4, 7,
     "Mesurer et réduire l'empreinte environnementale des traitements de données et des "
     "modèles d'IA publics.", 3.0),
    ("P09", "Ciblage des contrôles douaniers", "DGDDI", ["statistique", "mlops", "sql"], 4, 7,
     "Repérer les déclarations en douane atypiques pour mieux cibler les contrôles.", 1.0),
    ("P10", "Tri automatique des messages usagers", "DGFIP", ["nlp", "llm", "python"], 4, 8,
     "Orienter automatiquement les messages reçus dans la messagerie sécurisée vers le "
     "bon service.", 1.5),
    ("P11", "Atlas de l'accès aux soins", "DREES", ["sig", "dataviz", "open-data"], 4, 7,
     "Cartographier finement les temps d'accès aux professionnels de santé sur le "
     "territoire.", 1.5),
    ("P12", "Recherche de jurisprudence assistée", "CCASS", ["nlp", "llm", "python"], 5, 8,
     "Aider les magistrats à retrouver les décisions proches d'une affaire grâce à la "
     "recherche sémantique.", 1.0),
    ("P13", "Artificialisation des sols par imagerie", "IGN", ["vision", "sig", "mlops"], 4, 7,
     "Suivre l'artificialisation des sols à partir d'images aériennes et d'apprentissage "
     "profond.", 1.5),
    ("P14", "Sobriété énergétique des bâtiments publics", "MTES",
     ["dataviz", "sql", "data-engineering"], 4, 7,
     "Suivre la consommation d'énergie des bâtiments de l'État dans un tableau de bord "
     "partagé.", 0.8),
    ("P15", "Prévision des tensions de recrutement", "DARES", ["statistique", "r", "dataviz"], 4, 7,
     "Anticiper les métiers en tension par bassin d'emploi à partir des offres et des "
     "déclarations d'embauche.", 0.8),
    ("P16", "Prix en ligne pour l'indice des prix", "INSEE",
     ["web-scraping", "data-engineering", "python"], 4, 7,
     "Collecter automatiquement des prix sur des sites marchands pour compléter le calcul "
     "de l'indice des prix.", 1.0),
    ("P17", "Veille sur les infox sanitaires", "SPF", ["nlp", "web-scraping"], 4, 7,
     "Détecter tôt les fausses informations de santé qui circulent sur les réseaux "
     "sociaux.", 0.8),
    ("P18", "Catalogue des données culturelles", "DEPS", ["open-data", "data-engineering", "design"], 4, 7,
     "Rassembler dans un catalogue unique les jeux de données ouverts du ministère de la "
     "Culture.", 0.6),
    ("P19", "Prévenir le décrochage scolaire", "DEPP", ["statistique", "r", "python"], 5, 8,
     "Étudier les parcours d'élèves pour repérer les signaux précoces du décrochage.", 1.0),
    ("P20", "Courriers en langage clair", "MSAPH", ["llm", "nlp", "design"], 4, 7,
     "Aider les agents à rédiger des courriers en langage clair et en « facile à lire et "
     "à comprendre ».", 1.0),
]
REAL = {"P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08"}

# --------------------------------------------------------------------------------------
# Participants (tous inventés). Champs : clé, prénom, nom, administration, compétences,
# centres d'intérêt, équipe « naturelle » (None : ne vise que des projets de niche),
# propositions portées. L'équipe naturelle sert à tirer des choix réalistes ; c'est
# aussi un plan faisable de référence (8 équipes = les 8 projets réels, chacune avec au
# moins une personne de ses administrations participantes réelles).
# --------------------------------------------------------------------------------------
PEOPLE = [
    # Transformers
    ("ines", "Inès", "Boulanger", "DINUM", ["llm", "nlp", "python"], ["ia-de-confiance", "administration-ouverte"], "P01", ["P01"]),
    ("thibault", "Thibault", "Marchand", "MEFSIN", ["mlops", "python", "data-engineering"], ["ia-de-confiance"], "P01", ["P01"]),
    ("salome", "Salomé", "Ferreira", "DITP", ["gestion-de-projet", "design"], ["administration-ouverte"], "P01", []),
    ("bastien", "Bastien", "Le Goff", "AN", ["nlp", "python"], ["administration-ouverte", "justice"], "P01", []),
    ("nadia", "Nadia", "Benali", "DGFIP", ["sql", "python", "nlp"], ["ia-de-confiance"], "P01", ["P10"]),
    ("maxime", "Maxime", "Giraud", "DARES", ["r", "statistique", "nlp"], ["emploi"], "P01", []),
    ("lucie", "Lucie", "Tran", "GN", ["python", "llm"], ["ia-de-confiance"], "P01", []),
    # PoufDoc
    ("helene", "Hélène", "Rousseau", "DITP", ["gestion-de-projet", "design"], ["administration-ouverte"], "P02", ["P02"]),
    ("karim", "Karim", "Haddad", "MJ", ["python", "nlp"], ["justice"], "P02", ["P02"]),
    ("elodie", "Élodie", "Vasseur", "MEAE", ["data-engineering", "sql"], ["administration-ouverte"], "P02", []),
    ("romain", "Romain", "Chevallier", "SPF", ["web-scraping", "nlp", "python"], ["sante"], "P02", ["P17"]),
    ("anais", "Anaïs", "Lemaire", "INSEE", ["python", "data-engineering"], ["ia-de-confiance"], "P02", []),
    ("yann", "Yann", "Kerbrat", "DGNUM", ["nlp", "mlops"], ["ia-de-confiance"], "P02", []),
    # Cartiflette
    ("julien", "Julien", "Mercier", "INSEE", ["r", "python", "sig"], ["territoires", "administration-ouverte"], "P03", ["P03"]),
    ("sophie", "Sophie", "Nguyen", "MTECT", ["sig", "open-data"], ["territoires", "environnement"], "P03", ["P03"]),
    ("paul", "Paul", "Delmas", "IGN", ["sig", "vision", "python"], ["environnement", "territoires"], "P03", ["P13"]),
    ("amandine", "Amandine", "Perrot", "DREES", ["r", "statistique", "sig"], ["sante", "territoires"], "P03", ["P11"]),
    ("olivier", "Olivier", "Faure", "SSMSI", ["r", "statistique"], ["territoires"], "P03", []),
    ("claire", "Claire", "Dumont", "DGFIP", ["sql", "sig"], ["territoires"], "P03", []),
    # ChartsGouv
    ("mehdi", "Mehdi", "Saïdi", "MIOM", ["dataviz", "python"], ["administration-ouverte"], "P04", ["P04"]),
    ("laure", "Laure", "Fontaine", "MTFP", ["dataviz", "gestion-de-projet"], ["administration-ouverte"], "P04", ["P04"]),
    ("chloe", "Chloé", "Barbier", "DEPS", ["open-data", "data-engineering", "sql"], ["culture"], "P04", ["P18"]),
    ("antoine", "Antoine", "Roux", "SDES", ["sig", "dataviz"], ["environnement"], "P04", []),
    ("manon", "Manon", "Lefebvre", "DINUM", ["design", "dataviz"], ["administration-ouverte"], "P04", []),
    ("guillaume", "Guillaume", "Texier", "DGDDI", ["sql", "dataviz", "python"], ["administration-ouverte"], "P04", []),
    ("lea", "Léa", "Morel", "DEPP", ["r", "dataviz", "statistique"], ["education"], "P04", []),
    # Datanonyme
    ("aurelien", "Aurélien", "Colin", "INSEE", ["statistique", "r", "python"], ["ia-de-confiance"], "P05", ["P05"]),
    ("fatou", "Fatou", "Diallo", "MSP", ["python", "data-engineering"], ["sante", "ia-de-confiance"], "P05", ["P05"]),
    ("nicolas", "Nicolas", "Brunet", "DINUM", ["python", "mlops"], ["administration-ouverte"], "P05", []),
    ("sarah", "Sarah", "Cohen", "SDSE", ["statistique", "r"], ["justice"], "P05", []),
    ("quentin", "Quentin", "Lambert", "DARES", ["statistique", "r", "dataviz"], ["emploi"], "P05", ["P15"]),
    ("marion", "Marion", "Aubert", "PEREN", ["python", "nlp", "llm"], ["ia-de-confiance"], "P05", []),
    ("elise", "Élise", "Gauthier", "MSAPH", ["gestion-de-projet", "design"], ["sante"], "P05", ["P20"]),
    # FormIAble
    ("thomas", "Thomas", "Petitjean", "INSEE", ["vision", "python", "mlops"], ["ia-de-confiance"], "P06", ["P06"]),
    ("agathe", "Agathe", "Renaud", "HAS", ["nlp", "python"], ["sante"], "P06", ["P06"]),
    ("jeremy", "Jérémy", "Hoarau", "DGNUM", ["vision", "mlops"], ["ia-de-confiance"], "P06", []),
    ("samia", "Samia", "Belkacem", "DNUM-MI", ["python", "data-engineering"], ["ia-de-confiance"], "P06", []),
    ("vincent", "Vincent", "Carré", "DGDDI", ["statistique", "sql", "python"], ["ia-de-confiance"], "P06", ["P09"]),
    ("pauline", "Pauline", "Jacob", "DGAC", ["vision", "python"], ["environnement"], "P06", []),
    ("adrien", "Adrien", "Moulin", "DNE", ["python", "llm"], ["education"], "P06", []),
    ("margaux", "Margaux", "Lebrun", "CCASS", ["nlp", "llm"], ["justice"], "P06", ["P12"]),
    # TrouverMonExpertData
    ("stephane", "Stéphane", "Robin", "MIOM", ["data-engineering", "sql"], ["administration-ouverte"], "P07", ["P07"]),
    ("emilie", "Émilie", "Caron", "SPF", ["gestion-de-projet", "design"], ["sante"], "P07", ["P07"]),
    ("hugo", "Hugo", "Besnard", "IGN", ["data-engineering", "sig"], ["territoires"], "P07", []),
    ("charlotte", "Charlotte", "Meunier", "MTES", ["dataviz", "statistique"], ["environnement", "sobriete-numerique"], "P08", ["P14"]),
    ("damien", "Damien", "Lemoine", "DGFIP", ["sql", "data-engineering"], ["administration-ouverte"], "P07", []),
    ("alice", "Alice", "Marchal", "INSEE", ["python", "web-scraping"], ["administration-ouverte"], "P07", []),
    ("benoit", "Benoît", "Fleury", "DEPP", ["r", "statistique"], ["education"], "P07", ["P19"]),
    # Impact environnemental
    ("mathilde", "Mathilde", "Garnier", "AN", ["data-engineering", "python"], ["sobriete-numerique", "environnement"], "P08", ["P08"]),
    ("rachid", "Rachid", "Mansouri", "MC", ["dataviz", "gestion-de-projet"], ["sobriete-numerique", "culture"], "P08", ["P08"]),
    ("jeanne", "Jeanne", "Poulain", "DEPS", ["statistique", "r"], ["culture", "environnement"], "P08", []),
    ("florian", "Florian", "Bertrand", "INSEE", ["web-scraping", "python", "statistique"], ["environnement"], "P08", ["P16"]),
    ("cecile", "Cécile", "Arnaud", "MEFSIN", ["statistique", "gestion-de-projet"], ["sobriete-numerique"], "P08", []),
    # Visent surtout des projets de niche (Ophélie Masson : uniquement)
    ("gregoire", "Grégoire", "Vidal", "SSP", ["statistique", "sig", "r"], ["environnement", "territoires"], "P03", []),
    ("ophelie", "Ophélie", "Masson", "SIES", ["statistique", "sql"], ["education"], None, []),
]

# Choix imposés (personnes qui ne visent que des projets de niche).
FIXED_CHOICES = {
    "gregoire": ["P13", "P03", "P11", "P14"],
    "ophelie": ["P19", "P15", "P12"],
}
# Deux paires hiérarchiques (même direction) à séparer ; trois binômes qui veulent
# travailler ensemble.
APART = [("vincent", "guillaume"), ("anais", "alice")]
TOGETHER = [("salome", "bastien"), ("jeanne", "rachid"), ("manon", "lea")]


# --------------------------------------------------------------------------------------
# Génération
# --------------------------------------------------------------------------------------
def ascii_slug(text):
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return text.lower().replace(" ", "-").replace("'", "")


def read_csv(text):
    return list(csv.DictReader(io.StringIO(text), delimiter=";"))


def check_reference_copy(ref_dir):
    """Compares the embedded copy with the original reference files, when present."""
    for name, text in (("ministeres-2023.csv", MINISTERES_CSV), ("projets-2023.csv", PROJETS_CSV)):
        path = os.path.join(ref_dir, name)
        if not os.path.exists(path):
            print(f"(référence {path} absente : copie intégrée utilisée telle quelle)")
            continue
        with open(path, encoding="utf-8") as f:
            if read_csv(f.read()) != read_csv(text):
                sys.exit(f"ERREUR : la copie intégrée de {name} diffère de {path}")
    projets = {r["projet"]: r["administrations_participantes"].split("|") for r in read_csv(PROJETS_CSV)}
    real_titles = [p[1] for p in PROPOSALS if p[0] in REAL]
    assert sorted(real_titles) == sorted(projets), "les 8 projets réels doivent tous figurer"
    for pid, title, ministry, *_ in PROPOSALS:
        if pid in REAL:
            assert ministry in projets[title], (pid, ministry)
    return projets


def weighted_sample(rng, items, weights, k):
    items, weights, out = list(items), list(weights), []
    for _ in range(min(k, len(items))):
        r = rng.random() * sum(weights)
        acc = 0.0
        for i, w in enumerate(weights):
            acc += w
            if r <= acc:
                break
        out.append(items.pop(i))
        weights.pop(i)
    return out


TRAINING_THEMES = ["IA de confiance", "NLP", "Dataviz", "Éco-responsabilité",
                   "Aspects juridiques de la data", "Savoir communiquer son projet data à des non-experts"]
# Skills that make a theme more wanted: people ask for training close to what they do.
TRAINING_AFFINITY = {"nlp": "NLP", "dataviz": "Dataviz", "sig": "Dataviz", "ml": "IA de confiance",
                     "data-science": "IA de confiance", "juridique": "Aspects juridiques de la data"}


def add_training_needs(participants):
    """Training needs as the 2023 form gathered them (0 to 3 themes each), from their own generator
    so that adding them left every other value of the sample day as it was."""
    rng = random.Random(DATA_SEED + 13)
    base = [5, 4, 4, 2, 2, 3]
    for p in participants:
        weights = list(base)
        for s in p["skills"]:
            if s in TRAINING_AFFINITY:
                weights[TRAINING_THEMES.index(TRAINING_AFFINITY[s])] += 4
        k = rng.choice([0, 1, 1, 2, 2, 2, 3])
        chosen = []
        while len(chosen) < k:
            t = rng.choices(TRAINING_THEMES, weights)[0]
            if t not in chosen:
                chosen.append(t)
        if chosen:
            p["trainings"] = [t for t in TRAINING_THEMES if t in chosen]


def build_instance():
    rng = random.Random(DATA_SEED)
    ministries = []
    for row in read_csv(MINISTERES_CSV):
        m = {"code": row["code"], "name": row["nom"]}
        if row["parent"]:
            m["parent"] = row["parent"]
        ministries.append(m)

    # Participant ids: registration order, shuffled so that ids do not follow teams.
    order = list(range(len(PEOPLE)))
    rng.shuffle(order)
    key_to_id = {PEOPLE[i][0]: f"u{n + 1:02d}" for n, i in enumerate(order)}

    proposers = defaultdict(list)
    for key, *_, own in PEOPLE:
        for pid in own:
            proposers[pid].append(key_to_id[key])
    popularity = {p[0]: p[7] for p in PROPOSALS}
    skills_of = {p[0]: set(p[3]) for p in PROPOSALS}

    def draw_others(key, skills, exclude, k):
        cands = [pid for pid in popularity if pid not in exclude]
        # affinity: a proposal needing one of the person's skills is twice as attractive
        weights = [popularity[pid] * (2.0 if skills_of[pid] & set(skills) else 1.0) for pid in cands]
        return weighted_sample(rng, cands, weights, k)

    participants = []
    for idx in order:
        key, first, last, admin, skills, interests, team, own = PEOPLE[idx]
        n_choices = rng.choice([3, 3, 4, 4, 4, 5])
        if key in FIXED_CHOICES:
            choices = list(FIXED_CHOICES[key])
        elif own:
            head = list(own)
            if team not in head:
                # proposer of a niche idea: the real project it ends up in comes next,
                # sometimes after one other project
                if rng.random() < 0.2:
                    head += draw_others(key, skills, set(head) | {team}, 1)
                head.append(team)
            choices = head + draw_others(key, skills, set(head), max(0, n_choices - len(head)))
        else:
            r = rng.random()
            pos = 0 if r < 0.65 else (1 if r < 0.92 else 2)
            choices = draw_others(key, skills, {team}, n_choices - 1)
            choices.insert(pos, team)
        participants.append({
            "id": key_to_id[key],
            "name": f"{first} {last}",
            "email": f"{ascii_slug(first)}.{ascii_slug(last)}@{EMAIL_DOMAINS[admin]}",
            "ministry": admin,
            "skills": skills,
            "interests": interests,
            "choices": choices[:5],
        })

    add_training_needs(participants)

    # An apart pair only matters when both could land in the same team: the second person
    # also lists the first one's project (at the end of its list).
    by_key = {p["id"]: p for p in participants}
    team_of = {e[0]: e[6] for e in PEOPLE}
    for a, b in APART:
        pb = by_key[key_to_id[b]]
        if team_of[a] not in pb["choices"]:
            if len(pb["choices"]) >= 5:
                pb["choices"].pop()
            pb["choices"].append(team_of[a])

    proposals = []
    for pid, title, ministry, skills, mn, mx, desc, _pop in PROPOSALS:
        proposals.append({"id": pid, "title": title, "description": desc, "ministry": ministry,
                          "skills": skills, "minSize": mn, "maxSize": mx,
                          "proposers": proposers[pid]})

    instance = {
        "format": "equipage-instance/1",
        "title": "Journée de lancement du programme 10 % — 14 février 2023 (données fictives)",
        "settings": {
            "maxTeams": 8,
            "minDistinctMinistries": 3,
            "maxPerMinistry": 2,
            "proposersJoinOwnProject": True,
            "onlyChosenProjects": True,
            "weights": {"choice": [10, 7, 5, 3, 1], "unassigned": -20,
                        "skillCovered": 4, "extraMinistry": 1, "together": 5},
        },
        "ministries": ministries,
        "proposals": proposals,
        "participants": participants,
        "locks": [],
        "apart": [[key_to_id[a], key_to_id[b]] for a, b in APART],
        "together": [[key_to_id[a], key_to_id[b]] for a, b in TOGETHER],
    }
    reference_plan = {}
    for key, *_rest in PEOPLE:
        team = team_of[key]
        if team:
            reference_plan.setdefault(team, []).append(key_to_id[key])
    return instance, reference_plan


# --------------------------------------------------------------------------------------
# Validation des références (spec §1)
# --------------------------------------------------------------------------------------
def validate(inst):
    errors = []
    codes = [m["code"] for m in inst["ministries"]]
    pids = [p["id"] for p in inst["proposals"]]
    uids = [u["id"] for u in inst["participants"]]
    for kind, ids in (("ministère", codes), ("proposition", pids), ("participant", uids)):
        for x, n in Counter(ids).items():
            if n > 1:
                errors.append(f"{kind} {x} en double")
    codes, pids, uids = set(codes), set(pids), set(uids)
    parent = {m["code"]: m.get("parent") for m in inst["ministries"]}
    for c in parent:
        if parent[c] is not None and parent[c] not in codes:
            errors.append(f"ministère {c}.parent inconnu : {parent[c]}")
        seen, x = set(), c
        while x is not None and x in parent:
            if x in seen:
                errors.append(f"ministère {c} : cycle de parents")
                break
            seen.add(x)
            x = parent[x]
    for p in inst["proposals"]:
        if p["ministry"] not in codes:
            errors.append(f"proposition {p['id']}.ministry inconnu : {p['ministry']}")
        if not (0 <= p["minSize"] <= p["maxSize"]):
            errors.append(f"proposition {p['id']} : minSize > maxSize")
        for u in p["proposers"]:
            if u not in uids:
                errors.append(f"proposition {p['id']}.proposers inconnu : {u}")
        if len(set(p["proposers"])) != len(p["proposers"]):
            errors.append(f"proposition {p['id']} : porteur en double")
    emails = Counter(u["email"] for u in inst["participants"])
    for u in inst["participants"]:
        if u["ministry"] not in codes:
            errors.append(f"participant {u['id']}.ministry inconnu : {u['ministry']}")
        for c in u["choices"]:
            if c not in pids:
                errors.append(f"participant {u['id']}.choices inconnu : {c}")
        if len(set(u["choices"])) != len(u["choices"]):
            errors.append(f"participant {u['id']} : choix en double")
        if emails[u["email"]] > 1:
            errors.append(f"participant {u['id']} : e-mail en double {u['email']}")
        for code in u["skills"] + u["interests"]:
            if code != code.lower() or " " in code:
                errors.append(f"participant {u['id']} : code mal formé {code}")
    for lk in inst["locks"]:
        if lk["participant"] not in uids or lk["proposal"] not in pids:
            errors.append(f"verrou inconnu : {lk}")
    for kind in ("apart", "together"):
        for a, b in inst[kind]:
            if a not in uids or b not in uids or a == b:
                errors.append(f"{kind} : paire invalide {a}, {b}")
    # own proposal first (brief)
    for p in inst["proposals"]:
        for u in p["proposers"]:
            ch = next(x for x in inst["participants"] if x["id"] == u)["choices"]
            if p["id"] not in ch[: len([q for q in inst["proposals"] if u in q["proposers"]])]:
                errors.append(f"participant {u} ne place pas sa proposition {p['id']} en tête")
    return errors


# --------------------------------------------------------------------------------------
# Évaluation d'un plan (spec §3 et §4)
# --------------------------------------------------------------------------------------
DEFAULT_SETTINGS = {"maxTeams": 8, "minDistinctMinistries": 3, "maxPerMinistry": 2,
                    "proposersJoinOwnProject": True, "onlyChosenProjects": True}
DEFAULT_WEIGHTS = {"choice": [10, 7, 5, 3, 1], "unassigned": -20, "skillCovered": 4,
                   "extraMinistry": 1, "together": 5}


class Model:
    def __init__(self, inst):
        s = dict(DEFAULT_SETTINGS)
        s.update({k: v for k, v in inst.get("settings", {}).items() if k != "weights"})
        w = dict(DEFAULT_WEIGHTS)
        w.update(inst.get("settings", {}).get("weights", {}))
        self.s, self.w = s, w
        parent = {m["code"]: m.get("parent") for m in inst["ministries"]}

        def top(c):
            while parent.get(c):
                c = parent[c]
            return c

        self.props = {p["id"]: p for p in inst["proposals"]}
        self.people = {u["id"]: u for u in inst["participants"]}
        self.top = {u: top(x["ministry"]) for u, x in self.people.items()}
        self.locks = {lk["participant"]: lk["proposal"] for lk in inst.get("locks", [])}
        self.apart = [tuple(x) for x in inst.get("apart", [])]
        self.together = [tuple(x) for x in inst.get("together", [])]
        self.own = defaultdict(set)
        for p in inst["proposals"]:
            for u in p["proposers"]:
                self.own[u].add(p["id"])
        self.allowed = {}
        for u, x in self.people.items():
            a = set(x["choices"]) | self.own[u]
            if u in self.locks:
                a.add(self.locks[u])
            self.allowed[u] = a if s["onlyChosenProjects"] else set(self.props)

    def person_choice(self, u, pid):
        if pid in self.own[u]:
            return self.w["choice"][0]
        ch = self.people[u]["choices"]
        if pid in ch:
            r = ch.index(pid)
            return self.w["choice"][r] if r < len(self.w["choice"]) else 0
        return 0

    def evaluate(self, assign):
        """assign: participant -> proposal or None. Returns (score dict, violations list)."""
        s, w = self.s, self.w
        teams = defaultdict(list)
        for u, pid in assign.items():
            if pid is not None:
                teams[pid].append(u)
        viol = []
        if len(teams) > s["maxTeams"]:
            viol.append(("H1", None, None, len(teams) - s["maxTeams"]))
        choice = skill = extra = 0
        for pid, mem in teams.items():
            p = self.props[pid]
            n = len(mem)
            if n < p["minSize"]:
                viol.append(("H2", pid, None, p["minSize"] - n))
            if n > p["maxSize"]:
                viol.append(("H2", pid, None, n - p["maxSize"]))
            cnt = Counter(self.top[u] for u in mem)
            if len(cnt) < s["minDistinctMinistries"]:
                viol.append(("H3", pid, None, s["minDistinctMinistries"] - len(cnt)))
            for m, c in cnt.items():
                if c > s["maxPerMinistry"]:
                    viol.append(("H4", pid, m, c - s["maxPerMinistry"]))
            if s["proposersJoinOwnProject"]:
                for u in p["proposers"]:
                    if assign.get(u) != pid:
                        viol.append(("H6", pid, u, 1))
            held = set()
            for u in mem:
                held.update(self.people[u]["skills"])
                choice += self.person_choice(u, pid)
                if s["onlyChosenProjects"] and pid not in self.allowed[u]:
                    viol.append(("H7", pid, u, 1))
            skill += len(set(p["skills"]) & held)
            extra += len(cnt) - s["minDistinctMinistries"]
        for u, pid in self.locks.items():
            if assign.get(u) != pid:
                viol.append(("H5", pid, u, 1))
        for a, b in self.apart:
            if assign.get(a) is not None and assign.get(a) == assign.get(b):
                viol.append(("H8", assign[a], f"{a}+{b}", 1))
        unassigned = sum(1 for v in assign.values() if v is None)
        tog = sum(1 for a, b in self.together if assign.get(a) is not None and assign.get(a) == assign.get(b))
        score = {"choice": choice, "unassigned": w["unassigned"] * unassigned,
                 "skillCovered": w["skillCovered"] * skill,
                 "extraMinistry": w["extraMinistry"] * extra, "together": w["together"] * tog}
        score["total"] = sum(score.values())
        return score, viol

    def upper_bound(self):
        """Coarse bound: everyone on a 1st choice, best maxTeams proposals fully covered."""
        best_person = sum(max([self.person_choice(u, p) for p in self.allowed[u]] or [0])
                          for u in self.people)
        per_prop = []
        for pid, p in self.props.items():
            cands = [u for u in self.people if pid in self.allowed[u]]
            held = set().union(*[set(self.people[u]["skills"]) for u in cands]) if cands else set()
            distinct = min(len({self.top[u] for u in cands}), p["maxSize"])
            per_prop.append(self.w["skillCovered"] * len(set(p["skills"]) & held)
                            + self.w["extraMinistry"] * max(0, distinct - self.s["minDistinctMinistries"]))
        per_prop.sort(reverse=True)
        return (best_person + sum(per_prop[: self.s["maxTeams"]])
                + self.w["together"] * len(self.together))


def search(model, seed, iters=400000, start=None, exact_teams=None):
    """Simulated annealing over assignments (participant -> proposal or None).

    Each broken rule costs PEN points; H7 is kept by construction (a person only moves to
    a proposal it chose or proposed). Energies are updated team by team, so a move costs
    only the two teams it touches. Returns (best feasible assignment, its score) or
    (None, None)."""
    rng = random.Random(seed)
    s, w = model.s, model.w
    PEN = 40
    people = sorted(model.people)
    allowed = {u: sorted(model.allowed[u]) + [None] for u in people}
    choice_w = {u: {p: model.person_choice(u, p) for p in model.allowed[u]} for u in people}
    assign = dict(start) if start else {u: None for u in people}
    members = defaultdict(set)
    for u, p in assign.items():
        if p is not None:
            members[p].add(u)

    def team_energy(pid):
        mem = members[pid]
        if not mem:
            return 0
        p = model.props[pid]
        n = len(mem)
        pen = max(0, p["minSize"] - n) + max(0, n - p["maxSize"])
        cnt = Counter(model.top[u] for u in mem)
        pen += max(0, s["minDistinctMinistries"] - len(cnt))
        pen += sum(max(0, c - s["maxPerMinistry"]) for c in cnt.values())
        if s["proposersJoinOwnProject"]:
            pen += sum(1 for u in p["proposers"] if u not in mem)
        held = set()
        for u in mem:
            held.update(model.people[u]["skills"])
        return (sum(choice_w[u][pid] for u in mem) + w["skillCovered"] * len(held & set(p["skills"]))
                + w["extraMinistry"] * (len(cnt) - s["minDistinctMinistries"]) - PEN * pen)

    def global_energy():
        nteams = sum(1 for m in members.values() if m)
        pen = max(0, nteams - s["maxTeams"])
        if exact_teams is not None:
            pen += max(0, exact_teams - nteams)
        e = w["unassigned"] * sum(1 for p in assign.values() if p is None) - PEN * pen
        for a, b in model.apart:
            if assign[a] is not None and assign[a] == assign[b]:
                e -= PEN
        for a, b in model.together:
            if assign[a] is not None and assign[a] == assign[b]:
                e += w["together"]
        return e

    tE = {pid: team_energy(pid) for pid in model.props}
    gE = global_energy()
    cur = sum(tE.values()) + gE

    def feasible_score():
        sc, viol = model.evaluate(assign)
        if exact_teams is not None and len({p for p in assign.values() if p is not None}) != exact_teams:
            return None
        return None if viol else sc

    best = (None, None)
    T0, T1 = 25.0, 0.2
    pids = sorted(model.props)
    for it in range(iters):
        T = T0 * (T1 / T0) ** (it / iters)
        r = rng.random()
        moves = []  # (person, new proposal)
        if r < 0.6:
            u = rng.choice(people)
            moves = [(u, rng.choice(allowed[u]))]
        elif r < 0.9:
            u, v = rng.sample(people, 2)
            pu, pv = assign[u], assign[v]
            if pu == pv or (pv is not None and pv not in model.allowed[u]) or \
               (pu is not None and pu not in model.allowed[v]):
                continue
            moves = [(u, pv), (v, pu)]
        elif r < 0.95:
            pid = rng.choice(pids)  # open a proposal with its proposers and some choosers
            moves = [(u, pid) for u in model.props[pid]["proposers"]]
            moves += [(u, pid) for u in people if pid in model.allowed[u] and rng.random() < 0.3]
        else:
            used = [p for p in pids if members[p]]
            if not used:
                continue
            pid = rng.choice(used)  # close a team
            for u in sorted(members[pid]):
                others = [p for p in model.allowed[u] if p != pid and members[p]]
                moves.append((u, rng.choice(others) if others and rng.random() < 0.8 else None))
        old = []
        touched = set()
        for u, p in moves:
            if assign[u] == p:
                continue
            old.append((u, assign[u]))
            if assign[u] is not None:
                members[assign[u]].discard(u)
                touched.add(assign[u])
            assign[u] = p
            if p is not None:
                members[p].add(u)
                touched.add(p)
        if not old:
            continue
        saved = {pid: tE[pid] for pid in touched}
        for pid in touched:
            tE[pid] = team_energy(pid)
        old_g = gE
        gE = global_energy()
        new = cur + sum(tE[pid] - saved[pid] for pid in touched) + gE - old_g
        if new >= cur or rng.random() < math.exp((new - cur) / T):
            cur = new
            if best[1] is None or cur > best[1]["total"]:
                sc = feasible_score()
                if sc is not None and (best[1] is None or sc["total"] > best[1]["total"]):
                    best = (dict(assign), sc)
        else:
            for u, p in reversed(old):
                if assign[u] is not None:
                    members[assign[u]].discard(u)
                assign[u] = p
                if p is not None:
                    members[p].add(u)
            tE.update(saved)
            gE = old_g
    return best


def report_plan(model, assign, score, title):
    names = {u: x["name"] for u, x in model.people.items()}
    print(f"\n== {title} ==")
    teams = defaultdict(list)
    for u, p in assign.items():
        if p is not None:
            teams[p].append(u)
    prof = Counter()
    for pid in sorted(teams):
        mem = sorted(teams[pid])
        p = model.props[pid]
        held = set().union(*[set(model.people[u]["skills"]) for u in mem])
        mins = Counter(model.top[u] for u in mem)
        print(f"{pid} {p['title']} ({len(mem)}/{p['minSize']}-{p['maxSize']}, "
              f"{len(mins)} ministères, compétences {len(set(p['skills']) & held)}/{len(p['skills'])})")
        for u in mem:
            ch = model.people[u]["choices"]
            if pid in model.own[u]:
                rank = "porteur"
                prof[1] += 1
            else:
                rank = f"choix {ch.index(pid) + 1}"
                prof[ch.index(pid) + 1] += 1
            print(f"    {u} {names[u]:<22} {model.people[u]['ministry']:<8} ({model.top[u]}) {rank}")
    un = sorted(u for u, p in assign.items() if p is None)
    print("Non placés :", ", ".join(f"{u} {names[u]}" for u in un) or "aucun")
    print("Profil de rangs :", ", ".join(f"{k}{'er' if k == 1 else 'e'} choix : {prof[k]}" for k in sorted(prof)),
          f"| non placés : {len(un)}")
    print("Score :", json.dumps(score, ensure_ascii=False))


def check(inst, reference_plan=None, restarts=4):
    errors = validate(inst)
    if errors:
        print("ERREURS de validation :")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    model = Model(inst)
    votes = Counter(c for u in inst["participants"] for c in u["choices"])
    firsts = Counter(u["choices"][0] for u in inst["participants"] if u["choices"])
    tops = Counter(model.top.values())
    print(f"Instance valide : {len(inst['participants'])} participants, "
          f"{len(inst['proposals'])} propositions, {len(inst['ministries'])} ministères "
          f"({len({u['ministry'] for u in inst['participants']})} administrations et "
          f"{len(tops)} ministères de tête représentés).")
    print("Participants par ministère de tête :", dict(tops.most_common()))
    print("Votes (tous rangs / 1er choix) :",
          ", ".join(f"{pid} {votes[pid]}/{firsts[pid]}" for pid in sorted(model.props)))

    if reference_plan:
        ref = {u: None for u in model.people}
        for pid, mem in reference_plan.items():
            for u in mem:
                ref[u] = pid
        sc, viol = model.evaluate(ref)
        print(f"\nPlan de référence (les 8 projets réels) : {'faisable' if not viol else viol}, "
              f"score {sc['total']}")
    best = (None, None)
    k = model.s["maxTeams"]
    for r in range(restarts):
        a, sc = search(model, SEARCH_SEED + r, exact_teams=k)
        if sc is not None:
            print(f"  recherche {r + 1}/{restarts} : meilleur plan faisable à {k} équipes, score {sc['total']}")
            if best[1] is None or sc["total"] > best[1]["total"]:
                best = (a, sc)
        else:
            print(f"  recherche {r + 1}/{restarts} : aucun plan faisable trouvé")
    if best[1] is None:
        sys.exit("ÉCHEC : aucun plan faisable à 8 équipes trouvé")
    a, sc = best
    sc2, viol = model.evaluate(a)
    assert not viol and sc2 == sc
    nteams = len({p for p in a.values() if p is not None})
    assert nteams == k, nteams
    report_plan(model, a, sc, f"Meilleur plan trouvé ({nteams} équipes, règles H1–H8 respectées)")
    print(f"Borne supérieure grossière du score : {model.upper_bound()}")
    return sc


def self_test(examples_dir):
    """Checks the scorer against the spec's worked examples, when available."""
    for name in ("example-24", "example-60"):
        ip = os.path.join(examples_dir, name + ".json")
        pp = os.path.join(examples_dir, name + ".optimal-plan.json")
        if not (os.path.exists(ip) and os.path.exists(pp)):
            continue
        with open(ip, encoding="utf-8") as f:
            inst = json.load(f)
        with open(pp, encoding="utf-8") as f:
            plan = json.load(f)
        model = Model(inst)
        a = {u: None for u in model.people}
        for t in plan["teams"]:
            for u in t["members"]:
                a[u] = t["proposal"]
        sc, viol = model.evaluate(a)
        ok = sc == plan["score"] and not viol
        print(f"Auto-test du calcul de score sur {name} : {'OK' if ok else 'ÉCHEC'} "
              f"({sc['total']} / attendu {plan['score']['total']})")
        if not ok:
            sys.exit(1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="vérifier le fichier existant sans le réécrire")
    ap.add_argument("--reference", default="/work/shared/reference")
    ap.add_argument("--examples", default="/work/shared/spec/examples")
    ap.add_argument("--restarts", type=int, default=4)
    args = ap.parse_args()
    check_reference_copy(args.reference)
    self_test(args.examples)
    instance, reference_plan = build_instance()
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            on_disk = json.load(f)
        if on_disk != instance:
            print("ATTENTION : le fichier diffère de ce que produit le générateur")
        instance = on_disk
    else:
        with open(OUT, "w", encoding="utf-8") as f:
            json.dump(instance, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"Écrit : {OUT}")
    check(instance, reference_plan, restarts=args.restarts)


if __name__ == "__main__":
    main()
