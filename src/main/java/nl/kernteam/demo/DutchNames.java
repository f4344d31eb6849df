package nl.kernteam.demo;

import java.util.List;
import java.util.Random;

/** Fictional but plausible Dutch names for the demo region. */
final class DutchNames {

	static final List<String> FAMILY_NAMES = List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk",
			"Bakker", "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
			"Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
			"van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen",
			"van den Broek", "de Bruijn", "de Bruin", "van der Heijden", "Schouten", "van Beek", "Willems", "van Vliet",
			"van de Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van Dam", "van der Wal", "Prins", "Blom",
			"Huisman", "Peeters", "de Jonge", "Kuipers", "van Wijk", "Postma", "Kuiper", "Veenstra", "Kramer",
			"van den Brink", "Scholten", "van Wijngaarden", "Bulut", "Yilmaz", "El Amrani", "Benali", "Öztürk", "Kaya",
			"Boukhari", "Tahiri", "Pinas", "Doelwijt", "Nguyen", "Wiersma", "Zijlstra", "Bosman", "Timmermans", "Groen",
			"Evers", "Sanders", "Franken", "van Rijn", "Claassen");

	static final List<String> GIRLS = List.of("Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Yara",
			"Eva", "Liv", "Lotte", "Noor", "Fenna", "Saar", "Evi", "Lauren", "Nina", "Amira", "Lina", "Fleur", "Isa",
			"Roos", "Maud", "Anna", "Jasmijn", "Nova", "Elif", "Hiba", "Sanne", "Femke", "Lieke", "Esmee", "Romy",
			"Iris");

	static final List<String> BOYS = List.of("Noah", "Luca", "Liam", "Sem", "Lucas", "Finn", "Daan", "Levi", "Milan",
			"Bram", "Mees", "Jesse", "Thijs", "Sam", "Adam", "Ryan", "Mohammed", "Jayden", "Thomas", "Ruben", "Julian",
			"Tim", "Hugo", "Stijn", "Gijs", "Mats", "Ayoub", "Emir", "Kyan", "Owen", "Teun", "Niek", "Joep", "Ravi",
			"Yusuf");

	static final List<String> WOMEN = List.of("Anouk", "Marieke", "Linda", "Sandra", "Esther", "Petra", "Monique",
			"Karin", "Ingrid", "Nicole", "Saskia", "Mirjam", "Annemiek", "Chantal", "Naima", "Fatima", "Samira", "Ilse",
			"Wendy", "Kim", "Sabine", "Eline", "Merel", "Marloes", "Judith", "Priya", "Aylin", "Jolanda", "Manon",
			"Bianca");

	static final List<String> MEN = List.of("Mark", "Jeroen", "Dennis", "Erik", "Bas", "Michiel", "Rob", "Martijn",
			"Sander", "Patrick", "Kevin", "Ronald", "Hassan", "Mustafa", "Youssef", "Stefan", "Maarten", "Joost",
			"Wouter", "Niels", "Jeffrey", "Roy", "Arjen", "Frank", "Tom", "Orhan", "Rachid", "Vincent", "Dirk", "Rick");

	static final List<String> RELATIONS = List.of("oma", "opa", "tante", "oom", "buurvrouw", "buurman",
			"voetbaltrainer", "vriendin van moeder", "peettante", "juf van groep 6");

	private DutchNames() {
	}

	static String pick(List<String> names, Random random) {
		return names.get(random.nextInt(names.size()));
	}

	/** A random BSN that passes the 11-test. */
	static String bsn(Random random) {
		while (true) {
			int[] digits = new int[9];
			int sum = 0;
			digits[0] = 1 + random.nextInt(6);
			for (int i = 1; i < 8; i++) {
				digits[i] = random.nextInt(10);
			}
			for (int i = 0; i < 8; i++) {
				sum += (9 - i) * digits[i];
			}
			int check = sum % 11;
			if (check == 10) {
				continue;
			}
			digits[8] = check;
			var result = new StringBuilder();
			for (int digit : digits) {
				result.append(digit);
			}
			return result.toString();
		}
	}

}
