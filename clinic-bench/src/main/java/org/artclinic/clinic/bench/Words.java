package org.artclinic.clinic.bench;

import java.util.List;
import java.util.SplittableRandom;

/** Names, streets and note phrases of our own for the generated clinic (no real people). */
final class Words {

    static final List<String> GIVEN = List.of("Ada", "Ben", "Cora", "Dev", "Elin", "Femi", "Gus", "Hana", "Ivo",
            "Jun", "Kaia", "Lars", "Mira", "Noor", "Otto", "Pia", "Quin", "Rosa", "Sami", "Tova", "Uma", "Vik",
            "Wren", "Xavi", "Yara", "Zeke", "Alma", "Bram", "Cleo", "Dario", "Edda", "Finn", "Greta", "Hugo", "Iris",
            "Joel", "Kira", "Leon", "Maja", "Nils", "Olga", "Paz", "Rafa", "Sofi", "Theo", "Una", "Vera", "Wim",
            "Yuki", "Zara", "Anouk", "Bodhi", "Chidi", "Dana", "Emeka", "Farah", "Gil", "Hiro", "Ines", "Jonas");
    static final List<String> FAMILY = List.of("Abbot", "Brandt", "Castellan", "Delacroix", "Eberly", "Fairweather",
            "Galloway", "Holmqvist", "Ishikawa", "Jovanovic", "Kowalczyk", "Lindqvist", "Marchetti", "Novak", "Okafor",
            "Pellegrini", "Quarles", "Rasmussen", "Sandoval", "Thorsen", "Umberger", "Valdivia", "Whitcombe",
            "Xiong", "Yilmaz", "Zielinski", "Ashdown", "Birchall", "Cordova", "Dunmore", "Ellery", "Fenwick",
            "Grimaldi", "Hartigan", "Ingersoll", "Jaramillo", "Kettering", "Larkspur", "Mendelsohn", "Nakamura",
            "Oyelaran", "Prewitt", "Quintero", "Rothwell", "Sorensen", "Tamura", "Underhill", "Vasquez",
            "Wexford", "Yates", "Achebe", "Bergstrom", "Chaudhry", "Dimitrov", "Esposito", "Fitzgerald", "Gunnarsson",
            "Haddad", "Ivanova", "Jablonski", "Kaminski", "Lopez", "Moreau", "Nguyen", "Olsen", "Petrov");
    static final List<String> STREETS = List.of("Maple", "Cedar", "Lakeview", "Prairie", "Millbrook", "Orchard",
            "Riverside", "Hawthorn", "Juniper", "Sycamore", "Foxglove", "Granite");
    static final List<String> CITIES = List.of("Lakeside", "Fairview", "Brookfield", "Oak Hollow", "Riverton");
    static final List<String> AREA_CODES = List.of("312", "773", "630", "847", "708");

    static final List<String> SUBJECTIVE = List.of("Stiffness in the morning, easing through the day.",
            "Pain after long drives; sleeping better since the last visit.",
            "Aching after training, sharper with overhead reaching.",
            "Better overall; still tight after desk work.",
            "Flare-up at the weekend after gardening.");
    static final List<String> OBJECTIVE = List.of("Adhesion palpated along the muscle belly; tender at the contact point.",
            "Reduced glide of the tissue under tension; range limited at end of movement.",
            "Thickened, gritty texture on palpation; symptoms reproduced under tension.");
    static final List<String> ASSESSMENT = List.of("Soft-tissue restriction responding to treatment.",
            "Improving; fewer adhesions than at the last visit.",
            "Slow progress; load at work keeps the tissue irritated.");
    static final List<String> PLAN = List.of("Continue ART weekly; home stretches as shown.",
            "Two more visits, then re-assess.", "Reduce frequency; keep the home program.");
    static final List<String> RESPONSE = List.of("Tissue released well", "Less tension on the last pass",
            "Tolerated firm tension", "Some soreness, settled quickly");
    static final List<String> CANCEL = List.of("Patient unwell", "Work conflict", "Travel", "Childcare",
            "Weather");

    private Words() {
    }

    static String pick(SplittableRandom rnd, List<String> words) {
        return words.get(rnd.nextInt(words.size()));
    }
}
