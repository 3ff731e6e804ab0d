"""Pools of invented titles, names and abstracts for generated profile pages (tests only)."""

from __future__ import annotations

NAMES = [
    "Ludwig van den Heuvel",
    "Giovanni della Francesca",
    "Amara Nwosu-Diallo",
    "María José de la Fuente",
    "J. R. R. Tolkowsky",
    "Hyun-woo Park",
    "姚思远",
    "Σοφία Παπαδοπούλου",
    "Ngũgĩ wa Mwangi",
    "Anil Kumar Venkataraman",
    "Oluwadamilare Adébáyọ̀",
    "Siobhán Ní Bhriain",
    "陈思远",
    "김서연",
    "Jean-Baptiste Dupont",
    "Mohammed bin Rashid Al-Farsi",
    "Иван Петрович Сидоров",
    "अनन्या शर्मा",
    "ليلى حداد",
    "Tiago Nascimento-Ribeiro",
    "Björn Ødegård",
    "Pieter-Jan de Smet",
    "Kenji Watanabe",
    "Kaito Field",
    "John Burden",
    "Eric J Bigelow",
    "Robert P. Dick",
    "Ana Lucía Paz y Miño",
    "Grace Hopper-Nakamura",
    "Marvin Von Hagen",
    "Aroha Ngata",
    "T. K. Oyelaran",
    "Mei-Ling Sato",
    "Ren'e Lef'evre-Dubois",
    "Nguyễn Thị Minh Khai",
    "Chidi Okonkwo",
    "Lars Petter Nygård",
    "Fatima Zahra El Idrissi",
]

TITLES = [
    "Hidden Spectral Scaling Laws",
    "Thinker",
    "Cartographer",
    "Homeostasis",
    "Deep Residual Echoes",
    "Protein Folding Revisited",
    "Facing quantum uncertainty",
    "Why Graphs?",
    "Learning to Fold",
    "Graph Kernels for Small Molecules",
    "基于图神经网络的分子性质预测",
    "Sparse Graph Transformers",
    "Attention Pathways in Cellular Networks",
    "Broken Mirrors: Honest Uncertainty in Graph Models",
    "A Unified View of Prompting",
    "Few-shot learning with tiny models",
    "On the Stability of Tidal Forecasts",
    "Quiet Neural Tides",
    "Self-Supervised Wetland Acoustics at Scale",
    "Scaling Laws for Robot Grasping",
    "Towards Honest Calibration",
    "Rethinking Sensor Drift",
    "GraphMix: Mixing Molecules in Latent Space",
    "Is Attention Enough for Chemistry?",
    "The Geometry of Coastal Forecasting Errors",
    "Robust Reinforcement Learning under Delayed Rewards",
]

ABSTRACTS = [
    "We show that sparse attention over molecular graphs keeps the accuracy of dense models. "
    "Memory drops by an order of magnitude on large proteins.",
    "A mapping tool for chemical space that draws every molecule once and never twice. "
    "It scales to a billion compounds on a laptop.",
    "Folding is learned end to end from sequence alone. The model is small, fast and "
    "surprisingly honest about what it does not know.",
    "Cells route signals along a few preferred pathways. We read these pathways off "
    "attention maps of a transformer trained on expression data.",
    "Salinity follows the tide, the river and the weather at once, and forecasts that ignore "
    "any of the three drift within days. We propose tidal pri… (see more)ors built from "
    "harmonic constituents and cut the error by 18\\% on four estuaries.",
    "Sensors left in wetlands for a season slowly change. We show that ignoring this drift "
    "biases trend estimates and propose a calibration sche… (see more)dule that uses rain as "
    "a free reference",
    "本文综述了多模态大模型对齐的主要方法，并讨论了评测中的常见问题。我们整理了三十余个公开基准。",
    "We call the fix ``soft anchoring'' and show that anchors&priors interact: a model "
    'that"remembers"the season needs fewer anchors.',
]
