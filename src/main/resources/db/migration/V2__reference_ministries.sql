-- The 2022–2024 ministries and the administrations seen in cross-ministry programmes
-- (reference list ministeres-2023.csv), preloaded so that an organiser can pick them at once.
-- MERGE on the code: a ministry an import already added is updated, never duplicated, and a
-- second run changes nothing. Top-level ministries come first so that parents exist.

MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('SPM', 'Services du Premier ministre', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MASA', 'Ministère de l''Agriculture et de la Souveraineté alimentaire', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MINARM', 'Ministère des Armées', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MC', 'Ministère de la Culture', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MEFSIN', 'Ministère de l''Économie, des Finances et de la Souveraineté industrielle et numérique', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MENJ', 'Ministère de l''Éducation nationale et de la Jeunesse', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MESR', 'Ministère de l''Enseignement supérieur et de la Recherche', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MEAE', 'Ministère de l''Europe et des Affaires étrangères', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MIOM', 'Ministère de l''Intérieur et des Outre-mer', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MJ', 'Ministère de la Justice', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MSP', 'Ministère de la Santé et de la Prévention', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MSAPH', 'Ministère des Solidarités, de l''Autonomie et des Personnes handicapées', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MSJOP', 'Ministère des Sports et des Jeux Olympiques et Paralympiques', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MTFP', 'Ministère de la Transformation et de la Fonction publiques', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MTECT', 'Ministère de la Transition écologique et de la Cohésion des territoires', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MTES', 'Ministère de la Transition énergétique', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('MTPEI', 'Ministère du Travail, du Plein emploi et de l''Insertion', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('AN', 'Assemblée nationale', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('HAS', 'Haute Autorité de santé', NULL);
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DINUM', 'Direction interministérielle du numérique', 'SPM');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DITP', 'Direction interministérielle de la transformation publique', 'SPM');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('INSEE', 'Institut national de la statistique et des études économiques', 'MEFSIN');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DGFIP', 'Direction générale des Finances publiques', 'MEFSIN');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DGDDI', 'Direction générale des Douanes et Droits indirects', 'MEFSIN');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('PEREN', 'Pôle d''expertise de la régulation numérique', 'MEFSIN');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DREES', 'Direction de la recherche, des études, de l''évaluation et des statistiques', 'MSP');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('SPF', 'Santé publique France', 'MSP');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DEPP', 'Direction de l''évaluation, de la prospective et de la performance', 'MENJ');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DNE', 'Direction du numérique pour l''éducation', 'MENJ');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('IGN', 'Institut national de l''information géographique et forestière', 'MTECT');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('SDES', 'Service des données et études statistiques', 'MTECT');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DGAC', 'Direction générale de l''Aviation civile', 'MTECT');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('GN', 'Gendarmerie nationale', 'MIOM');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('SSMSI', 'Service statistique ministériel de la sécurité intérieure', 'MIOM');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DNUM-MI', 'Direction du numérique du ministère de l''Intérieur', 'MIOM');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('SDSE', 'Sous-direction de la statistique et des études', 'MJ');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('CCASS', 'Cour de cassation', 'MJ');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DARES', 'Direction de l''animation de la recherche, des études et des statistiques', 'MTPEI');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DEPS', 'Département des études, de la prospective, des statistiques et de la documentation', 'MC');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('DGNUM', 'Direction générale du numérique et des systèmes d''information et de communication', 'MINARM');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('SSP', 'Service de la statistique et de la prospective', 'MASA');
MERGE INTO ministry (code, name, parent) KEY (code) VALUES ('SIES', 'Sous-direction des systèmes d''information et des études statistiques', 'MESR');
