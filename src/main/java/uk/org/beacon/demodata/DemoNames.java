package uk.org.beacon.demodata;

import java.util.List;
import java.util.Random;

/**
 * Synthetic names, streets and ethnicity for the demo authority. The mix roughly follows a
 * West Midlands borough (mostly White British, with large Pakistani, Indian, Bangladeshi,
 * Black and mixed-heritage communities). Names are common ones combined at random: no real
 * person is described.
 */
final class DemoNames {

    record Group(String ethnicity, double share, List<String> girls, List<String> boys, List<String> surnames, String language, String religion) {}

    static final List<Group> GROUPS = List.of(
            new Group("WBRI", 0.62,
                    List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace", "Freya", "Poppy", "Evie", "Ella", "Chloe", "Jessica", "Ruby", "Emily", "Holly", "Katie", "Megan", "Lauren", "Charlotte"),
                    List.of("Noah", "Oliver", "George", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Charlie", "Freddie", "Alfie", "Thomas", "Jacob", "Archie", "Henry", "Theo", "Joshua", "Liam", "Mason", "Riley", "Tyler", "Kyle", "Connor", "Ryan"),
                    List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Turner", "Hill", "Cooper", "Ward", "Morris", "Baker", "Harris", "Lewis", "Price", "Bennett", "Griffiths", "Bailey", "Mills", "Marsh", "Fletcher", "Pritchard", "Whitehouse", "Tonks"),
                    "eng", null),
            new Group("APKN", 0.09,
                    List.of("Aisha", "Maryam", "Zara", "Hafsa", "Inaya", "Amna", "Sana", "Hira", "Iqra", "Fatima", "Khadija", "Zainab"),
                    List.of("Muhammad", "Ibrahim", "Yusuf", "Ali", "Hamza", "Zayn", "Bilal", "Imran", "Usman", "Ahmed", "Hassan", "Adam"),
                    List.of("Khan", "Hussain", "Ahmed", "Ali", "Iqbal", "Mahmood", "Akhtar", "Butt", "Rashid", "Riaz", "Aslam", "Shah"),
                    "urd", "MUS"),
            new Group("AIND", 0.06,
                    List.of("Priya", "Simran", "Anaya", "Jasmin", "Harleen", "Navneet", "Diya", "Kiran", "Meera", "Asha"),
                    List.of("Arjun", "Harjeet", "Rohan", "Aarav", "Gurpreet", "Jaskaran", "Dev", "Sunil", "Vikram", "Rajan"),
                    List.of("Singh", "Kaur", "Patel", "Sharma", "Gill", "Sandhu", "Sidhu", "Kumar", "Bains", "Dhillon"),
                    "pan", "SIK"),
            new Group("ABAN", 0.03,
                    List.of("Nusrat", "Tahmina", "Ruksana", "Sumaiya", "Jannat", "Afia"),
                    List.of("Rahim", "Abdul", "Shahid", "Tanvir", "Rafiq", "Nayeem"),
                    List.of("Miah", "Begum", "Uddin", "Islam", "Rahman", "Chowdhury"),
                    "ben", "MUS"),
            new Group("BCRB", 0.03,
                    List.of("Tia", "Keisha", "Shanice", "Jada", "Imani", "Nia"),
                    List.of("Jerome", "Tyrone", "Marcus", "Dwayne", "Andre", "Malik"),
                    List.of("Campbell", "Francis", "Henry", "Gordon", "Reid", "Forbes", "Grant", "Bailey"),
                    "eng", "CHR"),
            new Group("BAFR", 0.04,
                    List.of("Amara", "Chioma", "Ayesha", "Hodan", "Ifeoma", "Adaeze", "Nimo", "Blessing"),
                    List.of("Tobi", "Chidi", "Abdi", "Kwame", "Emeka", "Yonas", "Samuel", "Daniel"),
                    List.of("Okafor", "Mensah", "Mohamed", "Adeyemi", "Osei", "Tesfaye", "Abdullahi", "Okoro"),
                    "eng", "CHR"),
            new Group("MWBC", 0.04,
                    List.of("Leah", "Kayla", "Aaliyah", "Skye", "Maya"),
                    List.of("Kai", "Jayden", "Tyler", "Reece", "Elijah"),
                    List.of("Smith", "Campbell", "Walker", "Brown", "Francis", "Thomas"),
                    "eng", null),
            new Group("WOTH", 0.05,
                    List.of("Zuzanna", "Maja", "Ioana", "Gabriela", "Lena", "Oliwia", "Sofia", "Anastasia"),
                    List.of("Jakub", "Andrei", "Mateusz", "Luca", "Tomas", "Darius", "Kacper", "Bogdan"),
                    List.of("Kowalski", "Nowak", "Popescu", "Ionescu", "Wojcik", "Kaminski", "Petrauskas", "Horvath"),
                    "pol", "CHR"),
            new Group("OOTH", 0.04,
                    List.of("Layla", "Noor", "Yasmin", "Rania", "Shirin"),
                    List.of("Omar", "Karim", "Dara", "Reza", "Samir"),
                    List.of("Rahimi", "Haddad", "Karimi", "Aziz", "Nazari"),
                    "ara", "MUS"));

    static final List<String> STREETS = List.of("Acacia", "Beacon", "Birch", "Brook", "Canal", "Chapel", "Church", "Coppice", "Elm",
            "Foundry", "Furnace", "Glebe", "Hawthorn", "Heath", "Holly", "Lichfield", "Lime", "Lock", "Maple", "Meadow", "Mill", "Moat",
            "Oak", "Orchard", "Park", "Pool", "Priory", "Queens", "Rectory", "Rowan", "School", "Spring", "Station", "Sycamore",
            "Tanners", "Victoria", "Walnut", "Well", "Willow", "Wharf");
    static final List<String> STREET_KINDS = List.of("Road", "Street", "Lane", "Close", "Avenue", "Drive", "Grove", "Way", "Crescent");
    static final List<String> TOWNS = List.of("Beaconsfield Heath", "Northgate", "Millbrook", "Kingsway", "Fernley", "Ashmoor");
    static final List<String> SCHOOLS = List.of("Millbrook Primary School", "Northgate Academy", "St Anne's CE Primary", "Fernley High School",
            "Ashmoor Community Primary", "Kingsway Academy", "Heath Park Primary", "Beacon Hill School");
    static final List<String> GP_PRACTICES = List.of("Millbrook Medical Centre", "Northgate Surgery", "Fernley Health Centre",
            "Kingsway Family Practice", "Ashmoor Group Practice");

    private DemoNames() {}

    static Group group(Random random) {
        double r = random.nextDouble();
        double acc = 0;
        for (Group g : GROUPS) {
            acc += g.share();
            if (r < acc) {
                return g;
            }
        }
        return GROUPS.get(0);
    }

    static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
