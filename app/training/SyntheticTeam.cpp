#include "app/training/SyntheticTeam.h"

#include "core/api/RecordService.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <random>
#include <utility>
#include <vector>

namespace fieldcase::training {

namespace {

using Rng = std::mt19937_64;

// Each kind draws from its own stream, so adding a field to one kind leaves the others' data unchanged.
enum class Stream : std::uint64_t {
    Case = 1,
    Person,
    Link,
    Encounter,
    FollowUp,
    Query,
    CaseProfile,
    PersonProfile,
    EncounterCase,
    Referral,
};

constexpr int kYearsOfData = 10;

std::uint64_t splitMix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

Rng rngFor(std::uint64_t seed, Stream stream, int index) {
    return Rng(splitMix(seed ^ splitMix((static_cast<std::uint64_t>(stream) << 40) ^
                                        static_cast<std::uint64_t>(static_cast<std::uint32_t>(index)))));
}

// Modulo keeps the sequence the same on every standard library (distributions are implementation-defined).
int uniform(Rng& rng, int n) {
    return static_cast<int>(rng() % static_cast<std::uint64_t>(n));
}
bool chance(Rng& rng, int percent) {
    return uniform(rng, 100) < percent;
}

template <std::size_t N>
const char* choose(Rng& rng, const char* const (&list)[N]) {
    return list[uniform(rng, static_cast<int>(N))];
}

template <std::size_t N>
QString pick(Rng& rng, const char* const (&list)[N]) {
    return QString::fromUtf8(choose(rng, list));
}

// Picks among keys with weights given as {key, weight}; the keys were checked against the vocabulary up front.
QString weighted(Rng& rng, std::initializer_list<std::pair<const char*, int>> choices) {
    int total = 0;
    for (const auto& choice : choices)
        total += choice.second;
    int roll = uniform(rng, total);
    for (const auto& choice : choices) {
        if (roll < choice.second) return QString::fromLatin1(choice.first);
        roll -= choice.second;
    }
    return QString::fromLatin1(choices.begin()->first);
}

// ---- people ----

enum class Group { Russian, CentralAsian, KazakhLatin, Filipino, Anglophone };

// What the records of one case share: who the survivor is and in which language the team writes about them.
struct CaseProfile {
    Group group = Group::Russian;
    bool female = false;
    bool english = false;
    int openedDaysBeforeEnd = 0;
    int status = 0;  // index into kStatuses
    bool closed() const { return status >= 2; }
};

constexpr std::pair<const char*, int> kStatuses[] = {
    {"Active", 30}, {"FollowUp", 20}, {"Closed", 40}, {"ClosedReferred", 10}};

Group pickGroup(Rng& rng, bool english) {
    const int roll = uniform(rng, 100);
    if (english) return roll < 50 ? Group::Filipino : roll < 75 ? Group::Anglophone : Group::KazakhLatin;
    return roll < 40 ? Group::Russian : roll < 80 ? Group::CentralAsian : Group::KazakhLatin;
}

CaseProfile caseProfile(std::uint64_t seed, int caseIndex) {
    Rng rng = rngFor(seed, Stream::CaseProfile, caseIndex);
    CaseProfile profile;
    profile.english = chance(rng, 20);
    profile.group = pickGroup(rng, profile.english);
    profile.female = chance(rng, 55);
    profile.openedDaysBeforeEnd = uniform(rng, kYearsOfData * 365);
    int roll = uniform(rng, 100);
    for (const auto& [key, weight] : kStatuses) {
        if (roll < weight) break;
        roll -= weight;
        ++profile.status;
    }
    return profile;
}

// Relatives, witnesses and suspects have their own profile; a survivor has the profile of their case.
CaseProfile personProfile(std::uint64_t seed, int personIndex, int cases) {
    if (personIndex < cases) return caseProfile(seed, personIndex);
    Rng rng = rngFor(seed, Stream::PersonProfile, personIndex);
    CaseProfile profile;
    profile.english = chance(rng, 20);
    profile.group = pickGroup(rng, profile.english);
    profile.female = chance(rng, 45);
    return profile;
}

constexpr const char* kRussianMale[] = {"Иван",  "Сергей",  "Алексей",  "Дмитрий",    "Андрей",   "Николай", "Михаил",
                                        "Павел", "Евгений", "Артём",    "Максим",     "Денис",    "Олег",    "Виктор",
                                        "Юрий",  "Роман",   "Владимир", "Константин", "Григорий", "Степан"};
constexpr const char* kRussianFemale[] = {
    "Анна",      "Мария", "Елена",  "Ольга",   "Наталья", "Татьяна",   "Ирина", "Светлана", "Екатерина", "Юлия",
    "Анастасия", "Дарья", "Ксения", "Людмила", "Галина",  "Валентина", "Алёна", "Вера",     "Надежда",   "Полина"};
constexpr const char* kCentralAsianMale[] = {"Рустам", "Фарход", "Бахтиёр", "Азамат", "Тимур",  "Улугбек",
                                             "Шерзод", "Жасур",  "Алишер",  "Бекзод", "Нурлан", "Джамшед",
                                             "Далер",  "Эрлан",  "Санжар",  "Айбек"};
constexpr const char* kCentralAsianFemale[] = {"Гульнара", "Дилноза", "Айгерим", "Зарина",   "Нилуфар", "Мадина",
                                               "Фотима",   "Шахноза", "Малика",  "Гулчехра", "Айнура",  "Мохира",
                                               "Зульфия",  "Севара",  "Назира",  "Жамиля"};
// Male forms; feminine() gives the female ones.
constexpr const char* kRussianFamily[] = {
    "Иванов",     "Смирнов",    "Кузнецов",   "Попов",       "Васильев",   "Петров",     "Соколов",  "Михайлов",
    "Новиков",    "Фёдоров",    "Морозов",    "Волков",      "Алексеев",   "Лебедев",    "Семёнов",  "Егоров",
    "Павлов",     "Козлов",     "Степанов",   "Николаев",    "Орлов",      "Андреев",    "Макаров",  "Никитин",
    "Захаров",    "Зайцев",     "Соловьёв",   "Борисов",     "Яковлев",    "Григорьев",  "Романов",  "Воробьёв",
    "Сергеев",    "Кузьмин",    "Фролов",     "Александров", "Дмитриев",   "Королёв",    "Гусев",    "Киселёв",
    "Ильин",      "Максимов",   "Поляков",    "Сорокин",     "Виноградов", "Ковалёв",    "Белов",    "Медведев",
    "Антонов",    "Тарасов",    "Жуков",      "Баранов",     "Филиппов",   "Комаров",    "Давыдов",  "Беляев",
    "Герасимов",  "Богданов",   "Осипов",     "Сидоров",     "Матвеев",    "Титов",      "Марков",   "Миронов",
    "Крылов",     "Куликов",    "Карпов",     "Власов",      "Мельников",  "Денисов",    "Гаврилов", "Тихонов",
    "Казаков",    "Афанасьев",  "Данилов",    "Савельев",    "Тимофеев",   "Фомин",      "Чернов",   "Абрамов",
    "Островский", "Покровский", "Вишневский", "Высоцкий",    "Шевченко",   "Бондаренко", "Черных",   "Долгих",
    "Ткачук",     "Кравчук",    "Толстой",    "Донской"};
constexpr const char* kCentralAsianFamily[] = {
    "Каримов", "Рахимов",  "Юсупов",  "Абдуллаев", "Турсунов",   "Назаров",  "Садыков", "Исмаилов",
    "Мирзоев", "Холматов", "Саидов",  "Рашидов",   "Ахмедов",    "Усманов",  "Эргашев", "Шарипов",
    "Алиев",   "Расулов",  "Хакимов", "Маматов",   "Токтогулов", "Жумабаев", "Асанов",  "Бекмуратов"};
struct Father {
    const char* name;
    const char* sonOf;
    const char* daughterOf;
};
constexpr Father kRussianFathers[] = {
    {"Иван", "Иванович", "Ивановна"},
    {"Сергей", "Сергеевич", "Сергеевна"},
    {"Алексей", "Алексеевич", "Алексеевна"},
    {"Дмитрий", "Дмитриевич", "Дмитриевна"},
    {"Андрей", "Андреевич", "Андреевна"},
    {"Николай", "Николаевич", "Николаевна"},
    {"Михаил", "Михайлович", "Михайловна"},
    {"Павел", "Павлович", "Павловна"},
    {"Юрий", "Юрьевич", "Юрьевна"},
    {"Владимир", "Владимирович", "Владимировна"},
    {"Илья", "Ильич", "Ильинична"},
    {"Никита", "Никитич", "Никитична"},
    {"Виктор", "Викторович", "Викторовна"},
    {"Геннадий", "Геннадьевич", "Геннадьевна"},
    {"Анатолий", "Анатольевич", "Анатольевна"},
    {"Олег", "Олегович", "Олеговна"},
};
constexpr Father kCentralAsianFathers[] = {
    {"Рустам", "Рустамович", "Рустамовна"},    {"Тимур", "Тимурович", "Тимуровна"},
    {"Фарход", "Фарходович", "Фарходовна"},    {"Азамат", "Азаматович", "Азаматовна"},
    {"Бахтиёр", "Бахтиёрович", "Бахтиёровна"}, {"Алишер", "Алишерович", "Алишеровна"},
    {"Нурлан", "Нурланович", "Нурлановна"},    {"Шухрат", "Шухратович", "Шухратовна"},
};
constexpr const char* kKazakhMale[] = {"Nurlan", "Yerlan",  "Daulet", "Askar", "Bauyrzhan",
                                       "Arman",  "Yerzhan", "Marat",  "Aidos", "Timur"};
constexpr const char* kKazakhFemale[] = {"Aigerim", "Aruzhan", "Dana",  "Gulnar", "Aliya",
                                         "Madina",  "Zhanar",  "Saule", "Ainur",  "Dinara"};
// Russian-style Kazakh family names in Latin script (male forms) and the roots of -uly / -qyzy names.
constexpr const char* kKazakhFamily[] = {"Akhmetov",   "Abenov",      "Zhaksylykov", "Omarov",
                                         "Kassymov",   "Tokayev",     "Serikbayev",  "Nurpeisov",
                                         "Suleimenov", "Baimukhanov", "Iskakov",     "Sadykov"};
constexpr const char* kKazakhRoots[] = {"Nurlan", "Serik", "Yerlan", "Daulet", "Askar", "Marat", "Bolat", "Kairat"};
constexpr const char* kFilipinoMale[] = {"Jose",  "Juan",   "Mark",      "John Paul", "Ramon",
                                         "Rodel", "Jerome", "Christian", "Ariel",     "Noel"};
constexpr const char* kFilipinoFemale[] = {"Maria", "Rosalie",    "Jennifer", "Marites", "Lorna",  "Analyn",
                                           "Joy",   "Mary Grace", "Rowena",   "Jocelyn", "Lovely", "Cristina"};
constexpr const char* kFilipinoFamily[] = {"Santos",   "Reyes",  "Cruz",      "Bautista",   "Ocampo",  "Garcia",
                                           "Mendoza",  "Torres", "Dela Cruz", "Villanueva", "Ramos",   "Aquino",
                                           "Castillo", "Flores", "Gonzales",  "Navarro",    "Mercado", "Aguilar",
                                           "Pascual",  "Manalo", "De Guzman", "Salazar"};
constexpr const char* kAnglophoneMale[] = {"James",  "David",    "Michael", "Daniel",
                                           "Thomas", "Emmanuel", "Kwame",   "Chinedu"};
constexpr const char* kAnglophoneFemale[] = {"Sarah",  "Emily",    "Grace",  "Hannah",
                                             "Olivia", "Blessing", "Esther", "Abena"};
constexpr const char* kAnglophoneFamily[] = {"Smith", "Johnson", "Brown",  "Taylor",  "Wilson", "Davies",
                                             "Evans", "Okafor",  "Mensah", "Adeyemi", "Owusu",  "Eze"};
constexpr const char* kRussianNicknames[] = {"Аня", "Маша", "Саша", "Лена", "Таня", "Женя", "Дима", "Серёга", "Лёха"};
constexpr const char* kOtherNicknames[] = {"Гуля", "Диля", "Рус", "Тима", "Tess", "Jojo", "Bong", "Aiko", "Ace"};

struct Name {
    QString given;
    QString patronymic;
    QString family;
    bool cyrillic = false;
};

// The female form of a Russian-style family name (Иванов → Иванова, Островский → Островская); Ukrainian -ко and
// the old genitive forms (Черных) do not change.
QString feminine(const QString& family) {
    for (const char* adjectival : {"ский", "цкий", "ской", "ой"}) {
        const QString ending = QString::fromUtf8(adjectival);
        if (family.endsWith(ending)) return family.chopped(2) + QStringLiteral("ая");
    }
    for (const char* possessive : {"ов", "ев", "ёв", "ин", "ын", "ov", "ev", "in"}) {
        if (family.endsWith(QString::fromUtf8(possessive)))
            return family + (family.at(0).unicode() < 0x80 ? u'a' : u'а');
    }
    return family;
}

Name nameFor(Rng& rng, const CaseProfile& profile) {
    Name name;
    const bool female = profile.female;
    switch (profile.group) {
        case Group::Russian:
        case Group::CentralAsian: {
            const bool russian = profile.group == Group::Russian;
            name.cyrillic = true;
            name.given = russian ? (female ? pick(rng, kRussianFemale) : pick(rng, kRussianMale))
                                 : (female ? pick(rng, kCentralAsianFemale) : pick(rng, kCentralAsianMale));
            const QString family = russian ? pick(rng, kRussianFamily) : pick(rng, kCentralAsianFamily);
            name.family = female ? feminine(family) : family;
            if (russian || chance(rng, 70)) {
                const Father& father =
                    russian ? kRussianFathers[uniform(rng, static_cast<int>(std::size(kRussianFathers)))]
                            : kCentralAsianFathers[uniform(rng, static_cast<int>(std::size(kCentralAsianFathers)))];
                name.patronymic = QString::fromUtf8(female ? father.daughterOf : father.sonOf);
            }
            break;
        }
        case Group::KazakhLatin:
            name.given = female ? pick(rng, kKazakhFemale) : pick(rng, kKazakhMale);
            if (chance(rng, 60)) {
                const QString family = pick(rng, kKazakhFamily);
                name.family = female ? feminine(family) : family;
            } else {
                name.family = pick(rng, kKazakhRoots) + (female ? QStringLiteral("qyzy") : QStringLiteral("uly"));
            }
            break;
        case Group::Filipino:
            name.given = female ? pick(rng, kFilipinoFemale) : pick(rng, kFilipinoMale);
            name.family = pick(rng, kFilipinoFamily);
            break;
        case Group::Anglophone:
            name.given = female ? pick(rng, kAnglophoneFemale) : pick(rng, kAnglophoneMale);
            name.family = pick(rng, kAnglophoneFamily);
            break;
    }
    return name;
}

// A person's name as the passport or a Latin-script form spells it; our own table, not the core's, so the search
// has to bridge two independent spellings as it does in real life.
QString latinSpelling(const QString& cyrillic) {
    static const QHash<QChar, QString> table = [] {
        const char* const pairs[][2] = {{"а", "a"},  {"б", "b"},  {"в", "v"},    {"г", "g"}, {"д", "d"},  {"е", "e"},
                                        {"ё", "yo"}, {"ж", "zh"}, {"з", "z"},    {"и", "i"}, {"й", "y"},  {"к", "k"},
                                        {"л", "l"},  {"м", "m"},  {"н", "n"},    {"о", "o"}, {"п", "p"},  {"р", "r"},
                                        {"с", "s"},  {"т", "t"},  {"у", "u"},    {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
                                        {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""},  {"ы", "y"},  {"ь", ""},
                                        {"э", "e"},  {"ю", "yu"}, {"я", "ya"}};
        QHash<QChar, QString> map;
        for (const auto& pair : pairs)
            map.insert(QString::fromUtf8(pair[0]).at(0), QString::fromLatin1(pair[1]));
        return map;
    }();
    QString latin;
    bool wordStart = true;
    for (const QChar c : cyrillic) {
        const auto found = table.constFind(c.toLower());
        QString piece = found == table.constEnd() ? QString(c) : *found;
        if (wordStart && c.isUpper() && !piece.isEmpty()) piece[0] = piece[0].toUpper();
        latin += piece;
        wordStart = !c.isLetter();
    }
    return latin;
}

// ---- text ----

constexpr const char* kWorkers[] = {"Ольга Смирнова",    "Анна Кузнецова",   "Мария Лебедева",    "Екатерина Орлова",
                                    "Дарья Волкова",     "Ирина Соколова",   "Наталья Морозова",  "Светлана Павлова",
                                    "Юлия Белова",       "Ксения Громова",   "Алексей Фролов",    "Дмитрий Захаров",
                                    "Сергей Ильин",      "Павел Тарасов",    "Андрей Комаров",    "Елена Никитина",
                                    "Татьяна Егорова",   "Вера Киселёва",    "Людмила Медведева", "Алёна Жукова",
                                    "Mary Grace Santos", "Aigerim Seitkali", "Гульнара Каримова", "Анастасия Баранова"};

// A slot of a sentence pattern, %NAME%: the values it takes, with separate ones when the person is a woman.
struct Slot {
    const char* name;
    std::vector<const char*> values;
    std::vector<const char*> femaleValues;
};

const std::vector<Slot>& slotTable() {
    static const std::vector<Slot> all = {
        {"CITY_IN",
         {"в Москве", "в Подмосковье", "в Подольске", "в Санкт-Петербурге", "в Казани", "в Екатеринбурге",
          "в Новосибирске", "в Краснодаре", "в Нижнем Новгороде", "в Сочи", "в Балашихе", "в Химках"},
         {}},
        {"CITY",
         {"Москва", "Подольск", "Санкт-Петербург", "Казань", "Екатеринбург", "Новосибирск", "Краснодар",
          "Нижний Новгород", "Сочи", "Балашиха", "Химки"},
         {}},
        {"WORKPLACE",
         {"на складе", "на стройке", "в теплице", "в швейном цехе", "на овощебазе", "в кафе", "на автомойке",
          "в частном доме", "на птицефабрике", "в гостинице", "на рынке", "в пекарне", "на лесопилке"},
         {}},
        {"SITE_OF", {"склада", "стройки", "теплицы", "цеха", "овощебазы", "фабрики", "рынка", "автомойки"}, {}},
        {"SITE",
         {"склад", "стройка", "теплица", "швейный цех", "овощебаза", "кафе", "автомойка", "частный дом", "птицефабрика",
          "гостиница", "рынок"},
         {}},
        {"JOB",
         {"грузчиком", "разнорабочим", "упаковщиком", "поваром", "водителем", "сборщиком овощей", "охранником"},
         {"швеёй", "няней", "официанткой", "горничной", "упаковщицей", "продавцом", "уборщицей"}},
        {"VIA",
         {"через Telegram", "через Telegram-канал с вакансиями", "через WhatsApp", "через ВКонтакте",
          "через Одноклассники", "через знакомых", "через земляков", "через кадровое агентство",
          "по объявлению на Авито", "через родственника"},
         {}},
        {"AGO", {"полгода назад", "три месяца назад", "год назад", "два месяца назад", "весной", "прошлой осенью"}, {}},
        {"HOURS", {"12", "14", "16", "18"}, {}},
        {"SUM", {"40 000", "75 000", "120 000", "150 000", "200 000", "350 000"}, {}},
        {"SALARY", {"60 000", "70 000", "80 000", "100 000", "120 000"}, {}},
        {"MESSENGER", {"Telegram", "WhatsApp", "Viber", "IMO", "SMS"}, {}},
        {"ROUND",
         {"рынка", "вокзала", "общежития", "строительного рынка", "овощебазы", "Ярославского вокзала",
          "Казанского вокзала", "рынка «Садовод»", "промзоны"},
         {}},
        {"MONTHS", {"второй месяц", "третий месяц", "полгода", "больше месяца", "с весны"}, {}},
        {"COUNT", {"5", "6", "8", "10", "12"}, {}},
        {"MEET",
         {"на рынке", "на вокзале", "у проходной склада", "в кафе рядом с общежитием", "в офисе организации",
          "в парке у метро"},
         {}},
        {"EXPLOITATION",
         {"Трудовая эксплуатация", "Долговая кабала", "Изъятие паспорта", "Невыплата зарплаты",
          "Вербовка через Telegram", "Принудительный труд", "Сексуальная эксплуатация", "Домашнее рабство",
          "Принуждение к попрошайничеству", "Обман при трудоустройстве"},
         {}},
        {"CITY_EN", {"Moscow", "St Petersburg", "Kazan", "Yekaterinburg", "Podolsk", "Novosibirsk", "Sochi"}, {}},
        {"JOB_EN",
         {"a warehouse worker", "a construction worker", "a cook", "a driver", "a cleaner"},
         {"a nanny", "a housekeeper", "a waitress", "a cleaner", "a seamstress"}},
        {"WORKPLACE_EN",
         {"at a warehouse", "on a construction site", "in a private house", "in a restaurant", "at a hotel",
          "in a garment workshop", "at a car wash"},
         {}},
        {"SITE_EN", {"warehouse", "construction site", "factory", "market", "hotel"}, {}},
        {"VIA_EN",
         {"through Telegram", "through a Facebook group", "through a recruitment agency", "through friends",
          "through a WhatsApp chat", "through an online job board"},
         {}},
        {"AGO_EN", {"six months ago", "three months ago", "last year", "in the spring", "two months ago"}, {}},
        {"MONTHS_EN", {"two months", "three months", "half a year", "more than a month"}, {}},
        {"SUM_USD", {"1 500", "2 000", "3 500", "5 000"}, {}},
        {"SALARY_USD", {"800", "1 000", "1 200", "1 500"}, {}},
        {"PLACE_EN", {"market", "railway station", "dormitory", "church on Sunday", "bus stop near the warehouse"}, {}},
        {"EXPLOITATION_EN",
         {"Forced labour", "Debt bondage", "Passport withheld", "Unpaid wages", "Domestic servitude",
          "Recruitment through Telegram", "Sexual exploitation", "Job fraud"},
         {}},
    };
    return all;
}

constexpr const char* kOriginRussian[] = {"Саратовской области",
                                          "Ивановской области",
                                          "Забайкалья",
                                          "Бурятии",
                                          "Кирова",
                                          "Пскова",
                                          "Курганской области",
                                          "Тывы"};
constexpr const char* kOriginCentralAsian[] = {"Ташкента", "Самарканда", "Ферганы",  "Андижана", "Бишкека",
                                               "Оша",      "Душанбе",    "Худжанда", "Намангана"};
constexpr const char* kOriginKazakh[] = {"Алматы", "Шымкента", "Караганды", "Тараза", "Актобе"};
constexpr const char* kOriginFilipino[] = {"Manila", "Cebu", "Davao", "Iloilo", "Bacolod"};
constexpr const char* kOriginAnglophone[] = {"Lagos", "Accra", "Kumasi", "Ibadan", "Nairobi"};
constexpr const char* kOriginKazakhEn[] = {"Almaty", "Shymkent", "Karaganda", "Taraz"};

struct TextContext {
    Rng& rng;
    const CaseProfile& profile;
    QString name;  // the survivor's given name
};

QString slotValue(const QString& slotName, TextContext& context) {
    Rng& rng = context.rng;
    if (slotName == QLatin1String("NAME")) return context.name;
    if (slotName == QLatin1String("ORIGIN")) {
        switch (context.profile.group) {
            case Group::Russian:
                return pick(rng, kOriginRussian);
            case Group::KazakhLatin:
                return pick(rng, kOriginKazakh);
            default:
                return pick(rng, kOriginCentralAsian);
        }
    }
    if (slotName == QLatin1String("ORIGIN_EN")) {
        switch (context.profile.group) {
            case Group::Filipino:
                return pick(rng, kOriginFilipino);
            case Group::Anglophone:
                return pick(rng, kOriginAnglophone);
            default:
                return pick(rng, kOriginKazakhEn);
        }
    }
    if (slotName == QLatin1String("LANGUAGE")) {
        constexpr const char* central[] = {"узбекского", "таджикского", "киргизского"};
        switch (context.profile.group) {
            case Group::KazakhLatin:
                return QStringLiteral("казахского");
            case Group::Filipino:
                return QStringLiteral("тагальского");
            case Group::Anglophone:
                return QStringLiteral("английского");
            default:
                return pick(rng, central);
        }
    }
    if (slotName == QLatin1String("LANGUAGE_EN")) {
        switch (context.profile.group) {
            case Group::Filipino:
                return chance(rng, 70) ? QStringLiteral("Tagalog") : QStringLiteral("Cebuano");
            case Group::Anglophone:
                return QStringLiteral("Yoruba");
            default:
                return QStringLiteral("Kazakh");
        }
    }
    for (const Slot& slot : slotTable()) {
        if (slotName != QLatin1String(slot.name)) continue;
        const auto& values = context.profile.female && !slot.femaleValues.empty() ? slot.femaleValues : slot.values;
        return QString::fromUtf8(values[static_cast<std::size_t>(uniform(rng, static_cast<int>(values.size())))]);
    }
    return slotName;  // a typo in a pattern shows up in the data instead of crashing the benchmark
}

// Fills a pattern: {male|female} picks the form for the person's gender, %SLOT% a value of the slot.
QString fill(const char* pattern, TextContext& context) {
    const QString text = QString::fromUtf8(pattern);
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'{') {
            const qsizetype bar = text.indexOf(u'|', i);
            const qsizetype close = text.indexOf(u'}', bar);
            out += context.profile.female ? text.mid(bar + 1, close - bar - 1) : text.mid(i + 1, bar - i - 1);
            i = close;
        } else if (c == u'%') {
            const qsizetype close = text.indexOf(u'%', i + 1);
            out += slotValue(text.mid(i + 1, close - i - 1), context);
            i = close;
        } else {
            out += c;
        }
    }
    return out;
}

constexpr const char* kStoryRu[] = {
    "{Приехал|Приехала} из %ORIGIN% %AGO%, работу {нашёл|нашла} %VIA%.",
    "Вербовщик обещал работу %JOB% %CITY_IN% и зарплату %SALARY% рублей в месяц.",
    "{Работал|Работала} %WORKPLACE% по %HOURS% часов в день без выходных.",
    "Работодатель забрал паспорт «на оформление» и не возвращает его.",
    "Зарплату не платят %MONTHS%, говорят, что {он должен|она должна} за дорогу и жильё.",
    "Живёт в общежитии на территории %SITE_OF%, выходить {одному|одной} не разрешают.",
    "Долг за билет и оформление, по словам бригадира, составляет %SUM% рублей.",
    "На рынке к {нему|ней} подошла женщина и предложила работу с проживанием.",
    "Паспорт и миграционная карта остались у бригадира.",
    "Боится обращаться в полицию, потому что нет регистрации и патента.",
    "Просит помочь восстановить паспорт и купить билет домой.",
    "Связь поддерживаем через %MESSENGER%, писать можно только вечером.",
    "Сотрудники встретили {его|её} во время обхода %ROUND%.",
    "Работодатель угрожает сообщить в миграционную службу, если {он|она} уйдёт.",
    "В квартире живут ещё %COUNT% человек из %ORIGIN%, у всех забрали документы.",
    "Договорились о встрече в офисе, нужна консультация юриста.",
    "Направили в шелтер, место подтвердили на две недели.",
    "Нужен переводчик с %LANGUAGE% языка.",
    "Денег на обратный билет нет, родные дома не знают о ситуации.",
    "Из зарплаты удерживают «штрафы» и деньги за питание.",
    "Вакансию {нашёл|нашла} в Telegram-канале о работе в Москве, переписку вербовщик потом удалил.",
    "Обещали легальное оформление и патент, но патент так и не оформили.",
    "Перевели {его|её} на другой объект, телефон отобрали.",
    "Охрана не выпускает работников с территории %SITE_OF%.",
    "Жалуется на боли в спине, нужна помощь врача.",
    "%NAME% {рассказал|рассказала}, что бригадир отбирает телефоны на ночь.",
    "%NAME% {просил|просила} не звонить на рабочий номер.",
    "Вербовщица из родного села обещала работу в кафе, на месте всё оказалось иначе.",
    "Долг растёт каждый месяц: за жильё, еду и «штрафы».",
    "{Был задержан|Была задержана} полицией при проверке документов, паспорта при себе не было.",
    "Консульство готово выдать свидетельство на возвращение.",
};
constexpr const char* kContactRu[] = {
    "Встреча прошла %MEET%, разговор длился около часа.",
    "{Позвонил|Позвонила} на горячую линию поздно вечером, {говорил|говорила} шёпотом.",
    "Передали контакты юриста и памятку о правах трудовых мигрантов.",
    "Проверили документы: патент просрочен, регистрация фиктивная.",
    "Обсудили план безопасности и как связаться с нами в экстренной ситуации.",
    "Сопроводили в консульство, подали заявление на новый паспорт.",
    "Получили сообщение в Telegram: просит срочно забрать {его|её} из общежития.",
    "%NAME% {согласился|согласилась} на повторную встречу через неделю.",
};
constexpr const char* kStoryEn[] = {
    "{He|She} came from %ORIGIN_EN% %AGO_EN% after a job offer found %VIA_EN%.",
    "The recruiter promised work as %JOB_EN% in %CITY_EN% and a salary of %SALARY_USD% dollars a month.",
    "Works %WORKPLACE_EN% %HOURS% hours a day without days off.",
    "The employer took {his|her} passport 'for registration' and does not return it.",
    "Has not been paid for %MONTHS_EN%; the agency says {he owes|she owes} money for the flight and housing.",
    "Lives in a dormitory on the %SITE_EN% grounds and is not allowed to go out alone.",
    "According to the supervisor, the debt for the ticket and visa is %SUM_USD% dollars.",
    "Afraid to go to the police because {his|her} visa has expired.",
    "Asks for help to get the passport back and to buy a ticket home.",
    "We keep in touch via %MESSENGER%, only in the evening.",
    "Our outreach team met {him|her} at the %PLACE_EN%.",
    "The employer threatens to report {him|her} to the migration service if {he leaves|she leaves}.",
    "%COUNT% other workers from %ORIGIN_EN% live in the same flat; all their documents were taken.",
    "Agreed to meet at the office; needs advice from a lawyer.",
    "Referred to the shelter; a place is confirmed for two weeks.",
    "Needs an interpreter for %LANGUAGE_EN%.",
    "Deductions for 'fines' and food are taken from the salary.",
    "Recruited through Telegram by a woman who called herself an agent.",
    "Was moved to another site and the phone was taken away.",
    "%NAME% said that the supervisor collects the phones every night.",
    "The embassy is ready to issue an emergency travel document.",
    "The debt grows every month: rent, food and 'fines'.",
};
constexpr const char* kContactEn[] = {
    "The meeting took place at the %PLACE_EN% and lasted about an hour.",
    "{He|She} called the hotline late at night and spoke in a whisper.",
    "We gave {him|her} a lawyer's contacts and a leaflet on migrant workers' rights.",
    "We discussed a safety plan and how to reach us in an emergency.",
    "We accompanied {him|her} to the embassy to apply for a new passport.",
    "A Telegram message came in: %NAME% asks to be picked up from the dormitory urgently.",
};
constexpr const char* kTitleRu[] = {"%EXPLOITATION%: %SITE%, %CITY%", "%EXPLOITATION% (%CITY%)",
                                    "%EXPLOITATION%, %NAME%"};
constexpr const char* kTitleEn[] = {"%EXPLOITATION_EN% %WORKPLACE_EN% (%CITY_EN%)", "%EXPLOITATION_EN%, %NAME%"};
constexpr const char* kNeedsRu[] = {"Восстановление паспорта.",
                                    "Билет домой.",
                                    "Консультация юриста по трудовому спору.",
                                    "Временное жильё.",
                                    "Медицинская помощь.",
                                    "Психологическая поддержка.",
                                    "Помощь в получении невыплаченной зарплаты.",
                                    "Переводчик.",
                                    "Оформление патента.",
                                    "Тёплая одежда и продукты."};
constexpr const char* kNeedsEn[] = {"New passport.",      "Ticket home.",          "Legal advice on unpaid wages.",
                                    "Temporary housing.", "Medical care.",         "Psychological support.",
                                    "Interpreter.",       "Warm clothes and food."};
constexpr const char* kSafetyRu[] = {"Бригадир следит за телефоном.",
                                     "Вербовщик знает адрес семьи.",
                                     "На входе в общежитие охрана.",
                                     "Угрожали избить, если {он расскажет|она расскажет} кому-то.",
                                     "Работодатель связан с местной полицией.",
                                     "Нельзя звонить после 22:00."};
constexpr const char* kSafetyEn[] = {"The supervisor checks {his|her} phone.",
                                     "The recruiter knows where the family lives.", "Guards at the dormitory entrance.",
                                     "Was threatened with a beating for talking to outsiders."};
constexpr const char* kPlaceRu[] = {
    "Рынок «Фуд Сити», ряд 12", "Ярославский вокзал", "Казанский вокзал", "Общежитие на ул. Заводской",
    "Офис организации",         "Склад в Подольске",  "По телефону",      "Чат в Telegram",
    "Стройка в Новой Москве",   "Кафе у метро"};
constexpr const char* kPlaceEn[] = {
    "Central market", "Kazan railway station", "Hostel on Zavodskaya street", "Office", "By phone",
    "Telegram chat",  "Church on Sunday",      "Bus stop near the warehouse"};
constexpr const char* kPresentRu[] = {"переводчик", "сосед по общежитию", "сестра", "земляк", "юрист организации"};
constexpr const char* kPresentEn[] = {"interpreter", "roommate", "sister", "friend from the same town", "lawyer"};
constexpr const char* kFollowUpRu[] = {"Позвонить и узнать, вернули ли паспорт",
                                       "Сопроводить в консульство",
                                       "Проверить место в шелтере",
                                       "Передать документы юристу",
                                       "Купить билет домой",
                                       "Встретиться на рынке и передать памятку",
                                       "Направить запрос работодателю через юриста",
                                       "Узнать о результатах медосмотра",
                                       "Подготовить заявление в трудовую инспекцию",
                                       "Связаться с родственниками по просьбе клиента"};
constexpr const char* kFollowUpEn[] = {"Call to check whether the passport was returned",
                                       "Accompany to the embassy",
                                       "Confirm the shelter place",
                                       "Send documents to the lawyer",
                                       "Buy a ticket home",
                                       "Meet at the market and hand over the leaflet",
                                       "File a complaint with the labour inspectorate"};
constexpr const char* kTagsRu[] = {"срочно",      "паспорт", "долг",  "Telegram",
                                   "консульство", "шелтер",  "юрист", "повторный контакт"};
constexpr const char* kTagsEn[] = {"urgent", "embassy", "hotline", "shelter", "lawyer"};
constexpr const char* kClosingRu[] = {"{Вернулся|Вернулась} домой", "Связь потеряна", "Передано в другую организацию",
                                      "Получены документы и работа"};
constexpr const char* kClosingEn[] = {"Returned home", "Lost contact", "Referred to another organisation"};
constexpr const char* kStreets[] = {"Лесная", "Садовая", "Школьная",  "Советская",
                                    "Мира",   "Ленина",  "Заводская", "Центральная"};
constexpr const char* kMigrationRu[] = {"патент просрочен", "временная регистрация до конца года", "без регистрации",
                                        "гражданин РФ", "ходатайство о временном убежище"};
constexpr const char* kMigrationEn[] = {"visa expired", "work visa", "no status", "student visa"};

template <std::size_t N>
QString paragraph(TextContext& context, const char* const (&sentences)[N], int count) {
    QStringList parts;
    for (int i = 0; i < count; ++i)
        parts << fill(choose(context.rng, sentences), context);
    return parts.join(u' ');
}

QString dateText(const QDate& dataEnd, int daysBeforeEnd) {
    return dataEnd.addDays(-daysBeforeEnd).toString(Qt::ISODate);
}

QString worker(Rng& rng) {
    return pick(rng, kWorkers);
}

// The survivor's given name, for texts that mention it.
QString survivorName(std::uint64_t seed, int caseIndex, const CaseProfile& profile) {
    Rng rng = rngFor(seed, Stream::Person, caseIndex);
    return nameFor(rng, profile).given;
}

}  // namespace

TeamSize TeamSize::forCases(int cases) {
    TeamSize size;
    size.cases = cases;
    size.people = cases * 3 / 2;
    size.links = size.people * 9 / 10;
    size.encounters = cases * 3;
    size.followups = cases;
    size.referrals = cases / 2;
    return size;
}

qint64 TeamSize::total() const {
    return qint64{cases} + people + links + encounters + followups;
}

SyntheticTeam::SyntheticTeam(std::uint64_t seed, int cases, VocabularyKeys vocabularies, QDate dataEnd)
    : m_seed(seed),
      m_size(TeamSize::forCases(cases)),
      m_vocabularies(std::move(vocabularies)),
      m_dataEnd(std::move(dataEnd)) {}

Result<VocabularyKeys> vocabularyKeys(RecordService& records) {
    VocabularyKeys keys;
    for (const char* kind : {"case", "person", "case_person", "encounter", "followup", "referral"}) {
        const QList<FieldInfo> fields = records.fields(QLatin1String(kind));
        if (fields.isEmpty())
            return makeError(ErrorCode::Failed, QStringLiteral("no fields for %1").arg(QLatin1String(kind)));
        for (const FieldInfo& field : fields) {
            if (field.vocabulary.isEmpty()) continue;
            QStringList allowed;
            for (const VocabularyItem& item : records.vocabulary(field.vocabulary))
                allowed << item.key;
            keys.insert(QLatin1String(kind) + u'.' + field.name, allowed);
        }
    }
    return keys;
}

Result<SyntheticTeam> SyntheticTeam::create(std::uint64_t seed, int cases, VocabularyKeys vocabularies, QDate dataEnd) {
    // Keys the generator names itself (for weights and for meaning); any other key is drawn from the list.
    const std::pair<const char*, std::vector<const char*>> required[] = {
        {"case.status", {"Active", "FollowUp", "Closed", "ClosedReferred"}},
        {"case.risk", {"low", "medium", "high", "critical"}},
        {"followup.state", {"Open", "Done", "Cancelled"}},
        {"case_person.role", {"Survivor", "FamilyMember", "Witness", "Contact", "SuspectedTrafficker"}},
        {"person.gender", {"Feminine", "Masculine"}},
        {"case.exploitation", {"ForcedLabour", "SexualExploitation"}},
        {"encounter.channel", {"FieldVisit", "HotlineCall", "OnlineChat", "Office"}},
        {"referral.service_type", {"Shelter", "Legal", "Health", "Psychological", "Repatriation", "Financial"}},
        {"referral.status", {"Planned", "Sent", "Accepted", "Completed", "Declined", "Cancelled"}},
    };
    for (const auto& [vocabulary, keys] : required) {
        const QStringList known = vocabularies.value(QLatin1String(vocabulary));
        for (const char* key : keys) {
            if (!known.contains(QLatin1String(key))) {
                return makeError(ErrorCode::Failed, QStringLiteral("vocabulary %1 has no key %2; update the generator")
                                                        .arg(QLatin1String(vocabulary), QLatin1String(key)));
            }
        }
    }
    for (const char* drawn : {"case.trafficking_status", "case.labour_exploitation", "case.sexual_exploitation",
                              "case.recruitment", "case.platforms", "case.control_methods",
                              "case_person.perpetrator_roles", "case_person.relationship", "person.document_status"}) {
        if (vocabularies.value(QLatin1String(drawn)).isEmpty()) {
            return makeError(ErrorCode::Failed, QStringLiteral("vocabulary %1 is empty").arg(QLatin1String(drawn)));
        }
    }
    return SyntheticTeam(seed, cases, std::move(vocabularies), std::move(dataEnd));
}

namespace {

// Keys of a vocabulary other than the open answers (Other, Unknown...), which real records use rarely.
QStringList substantiveKeys(const QStringList& keys) {
    QStringList result;
    for (const QString& key : keys) {
        if (key != QLatin1String("Other") && key != QLatin1String("Unknown") &&
            key != QLatin1String("DeclinedToAnswer")) {
            result << key;
        }
    }
    return result.isEmpty() ? keys : result;
}

QStringList someKeys(Rng& rng, const QStringList& all, int most) {
    const QStringList keys = substantiveKeys(all);
    QStringList chosen;
    const int count = 1 + uniform(rng, most);
    for (int i = 0; i < count; ++i) {
        const QString key = keys.at(uniform(rng, static_cast<int>(keys.size())));
        if (!chosen.contains(key)) chosen << key;
    }
    return chosen;
}

}  // namespace

QVariantMap SyntheticTeam::caseRecord(int index) const {
    Rng rng = rngFor(m_seed, Stream::Case, index);
    const CaseProfile profile = caseProfile(m_seed, index);
    TextContext text{rng, profile, survivorName(m_seed, index, profile)};
    auto keys = [this](const char* vocabulary) { return m_vocabularies.value(QLatin1String(vocabulary)); };

    QVariantMap record;
    record.insert(QStringLiteral("title"),
                  profile.english ? fill(choose(rng, kTitleEn), text) : fill(choose(rng, kTitleRu), text));
    record.insert(QStringLiteral("status"), QString::fromLatin1(kStatuses[profile.status].first));
    if (chance(rng, 70))
        record.insert(QStringLiteral("trafficking_status"), someKeys(rng, keys("case.trafficking_status"), 1).first());
    // Mostly forced labour, as in the Russian caseload, some sexual exploitation, the rest ("") any other type.
    QStringList exploitation{weighted(rng, {{"ForcedLabour", 60}, {"SexualExploitation", 15}, {"", 25}})};
    if (exploitation.first().isEmpty()) exploitation = someKeys(rng, keys("case.exploitation"), 1);
    if (chance(rng, 20)) exploitation << someKeys(rng, keys("case.exploitation"), 1);
    exploitation.removeDuplicates();
    record.insert(QStringLiteral("exploitation"), exploitation);
    if (exploitation.contains(QLatin1String("ForcedLabour")) && chance(rng, 70)) {
        record.insert(QStringLiteral("labour_exploitation"), someKeys(rng, keys("case.labour_exploitation"), 2));
    }
    if (exploitation.contains(QLatin1String("SexualExploitation")) && chance(rng, 70)) {
        record.insert(QStringLiteral("sexual_exploitation"), someKeys(rng, keys("case.sexual_exploitation"), 1));
    }
    if (chance(rng, 60)) record.insert(QStringLiteral("recruitment"), someKeys(rng, keys("case.recruitment"), 2));
    if (chance(rng, 50)) record.insert(QStringLiteral("platforms"), someKeys(rng, keys("case.platforms"), 2));
    if (chance(rng, 70))
        record.insert(QStringLiteral("control_methods"), someKeys(rng, keys("case.control_methods"), 3));
    record.insert(QStringLiteral("risk"), weighted(rng, {{"low", 30}, {"medium", 40}, {"high", 22}, {"critical", 8}}));
    record.insert(QStringLiteral("assigned_to"), worker(rng));
    record.insert(QStringLiteral("opened_on"), dateText(m_dataEnd, profile.openedDaysBeforeEnd));
    if (profile.closed()) {
        // Closed 30 days to a year after opening; a case opened less than that before the end closed since.
        const int opened = profile.openedDaysBeforeEnd;
        const int closedBeforeEnd = opened >= 400 ? opened - 30 - uniform(rng, 370) : uniform(rng, opened + 1);
        record.insert(QStringLiteral("closed_on"), dateText(m_dataEnd, closedBeforeEnd));
        record.insert(QStringLiteral("closing_reason"),
                      profile.english ? fill(choose(rng, kClosingEn), text) : fill(choose(rng, kClosingRu), text));
    }
    record.insert(QStringLiteral("summary"), profile.english ? paragraph(text, kStoryEn, 2 + uniform(rng, 3))
                                                             : paragraph(text, kStoryRu, 2 + uniform(rng, 3)));
    if (chance(rng, 30)) {
        QStringList tags{profile.english ? pick(rng, kTagsEn) : pick(rng, kTagsRu)};
        if (chance(rng, 40)) tags << (profile.english ? pick(rng, kTagsEn) : pick(rng, kTagsRu));
        tags.removeDuplicates();
        record.insert(QStringLiteral("tags"), tags);
    }
    // Drawn last, so the fields above stay what they were before this field existed.
    if (chance(rng, 75)) {
        QStringList countries{weighted(rng, {{"RU", 80}, {"KZ", 6}, {"TR", 5}, {"AE", 5}, {"CN", 4}})};
        if (chance(rng, 5)) countries << QStringLiteral("KZ");
        countries.removeDuplicates();
        record.insert(QStringLiteral("exploitation_countries"), countries);
    }
    return record;
}

QVariantMap SyntheticTeam::person(int index) const {
    Rng rng = rngFor(m_seed, Stream::Person, index);
    const CaseProfile profile = personProfile(m_seed, index, m_size.cases);
    const Name name = nameFor(rng, profile);  // first draw: survivorName() repeats it
    TextContext text{rng, profile, name.given};
    const bool russianText = profile.group == Group::Russian || profile.group == Group::CentralAsian ||
                             (profile.group == Group::KazakhLatin && !profile.english);

    QVariantMap record;
    record.insert(QStringLiteral("given_name"), name.given);
    record.insert(QStringLiteral("family_name"), name.family);
    if (!name.patronymic.isEmpty()) record.insert(QStringLiteral("patronymic"), name.patronymic);
    if (chance(rng, 10)) {
        record.insert(
            QStringLiteral("aliases"),
            QStringList{profile.group == Group::Russian ? pick(rng, kRussianNicknames) : pick(rng, kOtherNicknames)});
    }
    if (name.cyrillic && chance(rng, 40)) {
        record.insert(QStringLiteral("other_script_names"),
                      QStringList{latinSpelling(name.given + u' ' + name.family)});
    }
    record.insert(QStringLiteral("gender"), profile.female ? QStringLiteral("Feminine") : QStringLiteral("Masculine"));
    const int roll = uniform(rng, 100);
    if (roll < 60) {
        record.insert(QStringLiteral("birth_date"),
                      QDate(1965 + uniform(rng, 43), 1 + uniform(rng, 12), 1 + uniform(rng, 28)).toString(Qt::ISODate));
    } else if (roll < 90) {
        record.insert(QStringLiteral("estimated_age"), qint64{18 + uniform(rng, 40)});
    }
    if (chance(rng, 20)) record.insert(QStringLiteral("age_when_trafficked"), qint64{16 + uniform(rng, 30)});
    QStringList citizenships;
    QStringList languages;
    switch (profile.group) {
        case Group::Russian:
            citizenships = {QStringLiteral("RU")};
            languages = {QStringLiteral("ru")};
            break;
        case Group::CentralAsian: {
            constexpr const char* countries[] = {"UZ", "TJ", "KG"};
            constexpr const char* tongues[] = {"uz", "tg", "ky"};
            const int country = uniform(rng, 3);
            citizenships = {QLatin1String(countries[country])};
            languages = {QLatin1String(tongues[country]), QStringLiteral("ru")};
            break;
        }
        case Group::KazakhLatin:
            citizenships = {QStringLiteral("KZ")};
            languages = {QStringLiteral("kk"), QStringLiteral("ru")};
            break;
        case Group::Filipino:
            citizenships = {QStringLiteral("PH")};
            languages = {QStringLiteral("tl"), QStringLiteral("en")};
            break;
        case Group::Anglophone: {
            constexpr const char* countries[] = {"NG", "GH", "GB", "KE"};
            citizenships = {QLatin1String(countries[uniform(rng, 4)])};
            languages = {QStringLiteral("en")};
            break;
        }
    }
    record.insert(QStringLiteral("citizenships"), citizenships);
    record.insert(QStringLiteral("languages"), languages);
    if (chance(rng, 70)) {
        QStringList phones{QStringLiteral("+7 9%1 %2-%3-%4")
                               .arg(uniform(rng, 100), 2, 10, QLatin1Char('0'))
                               .arg(uniform(rng, 1000), 3, 10, QLatin1Char('0'))
                               .arg(uniform(rng, 100), 2, 10, QLatin1Char('0'))
                               .arg(uniform(rng, 100), 2, 10, QLatin1Char('0'))};
        if (chance(rng, 20))
            phones << QStringLiteral("+998 9%1 %2 %3")
                          .arg(uniform(rng, 10))
                          .arg(uniform(rng, 1000))
                          .arg(uniform(rng, 10000));
        record.insert(QStringLiteral("phones"), phones);
    }
    if (chance(rng, 40)) {
        record.insert(
            QStringLiteral("messengers"),
            QStringList{
                QStringLiteral("Telegram @%1%2").arg(latinSpelling(name.given).toLower()).arg(uniform(rng, 1000))});
    }
    if (chance(rng, 50)) {
        record.insert(QStringLiteral("address"), QStringLiteral("%1, ул. %2, д. %3")
                                                     .arg(fill("%CITY%", text), pick(rng, kStreets))
                                                     .arg(1 + uniform(rng, 60)));
    }
    if (chance(rng, 60))
        record.insert(QStringLiteral("document_status"),
                      someKeys(rng, m_vocabularies.value(QStringLiteral("person.document_status")), 2));
    if (chance(rng, 40)) {
        record.insert(QStringLiteral("migration_status"),
                      russianText ? pick(rng, kMigrationRu) : pick(rng, kMigrationEn));
    }
    if (chance(rng, 35)) {
        record.insert(QStringLiteral("notes"), russianText ? paragraph(text, kStoryRu, 1 + uniform(rng, 2))
                                                           : paragraph(text, kStoryEn, 1 + uniform(rng, 2)));
    }
    return record;
}

QVariantMap SyntheticTeam::link(int index, const QStringList& caseIds, const QStringList& personIds) const {
    Rng rng = rngFor(m_seed, Stream::Link, index);
    const bool survivor = index < m_size.cases;
    QVariantMap record;
    record.insert(QStringLiteral("case_id"), caseIds.at(survivor ? index : uniform(rng, m_size.cases)));
    record.insert(QStringLiteral("person_id"), personIds.at(index));
    const QString role =
        survivor ? QStringLiteral("Survivor")
                 : weighted(rng, {{"FamilyMember", 35}, {"Witness", 20}, {"Contact", 25}, {"SuspectedTrafficker", 20}});
    record.insert(QStringLiteral("role"), role);
    if (role == QLatin1String("SuspectedTrafficker")) {
        record.insert(QStringLiteral("perpetrator_roles"),
                      someKeys(rng, m_vocabularies.value(QStringLiteral("case_person.perpetrator_roles")), 2));
        if (chance(rng, 70)) {
            record.insert(QStringLiteral("relationship"),
                          someKeys(rng, m_vocabularies.value(QStringLiteral("case_person.relationship")), 1).first());
        }
    }
    return record;
}

namespace {

int encounterCase(std::uint64_t seed, int encounterIndex, int cases) {
    Rng rng = rngFor(seed, Stream::EncounterCase, encounterIndex);
    return uniform(rng, cases);
}

// A day within the first year of the case, never after the end of the data.
int dayInCase(Rng& rng, const CaseProfile& profile) {
    return std::max(0, profile.openedDaysBeforeEnd - uniform(rng, 365));
}

}  // namespace

QVariantMap SyntheticTeam::encounter(int index, const QStringList& caseIds) const {
    Rng rng = rngFor(m_seed, Stream::Encounter, index);
    const int caseIndex = encounterCase(m_seed, index, m_size.cases);
    const CaseProfile profile = caseProfile(m_seed, caseIndex);
    TextContext text{rng, profile, survivorName(m_seed, caseIndex, profile)};
    const bool en = profile.english;

    QVariantMap record;
    record.insert(QStringLiteral("case_id"), caseIds.at(caseIndex));
    const QDateTime at(m_dataEnd.addDays(-dayInCase(rng, profile)), QTime(8 + uniform(rng, 14), uniform(rng, 60)),
                       Qt::UTC);
    record.insert(QStringLiteral("at"), at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    record.insert(QStringLiteral("place"), en ? pick(rng, kPlaceEn) : pick(rng, kPlaceRu));
    record.insert(QStringLiteral("channel"),
                  weighted(rng, {{"FieldVisit", 45}, {"HotlineCall", 20}, {"OnlineChat", 20}, {"Office", 15}}));
    record.insert(QStringLiteral("worker"), worker(rng));
    if (chance(rng, 30))
        record.insert(QStringLiteral("people_present"), en ? pick(rng, kPresentEn) : pick(rng, kPresentRu));
    if (profile.group != Group::Russian) record.insert(QStringLiteral("interpreter_needed"), chance(rng, 40));
    QStringList story{en ? fill(choose(rng, kContactEn), text) : fill(choose(rng, kContactRu), text)};
    story << (en ? paragraph(text, kStoryEn, 1 + uniform(rng, 4)) : paragraph(text, kStoryRu, 1 + uniform(rng, 4)));
    record.insert(QStringLiteral("text"), story.join(u' '));
    if (chance(rng, 50))
        record.insert(QStringLiteral("needs"), en ? paragraph(text, kNeedsEn, 1 + uniform(rng, 2))
                                                  : paragraph(text, kNeedsRu, 1 + uniform(rng, 2)));
    if (chance(rng, 30))
        record.insert(QStringLiteral("safety_concerns"),
                      en ? paragraph(text, kSafetyEn, 1) : paragraph(text, kSafetyRu, 1));
    return record;
}

QVariantMap SyntheticTeam::followUp(int index, const QStringList& caseIds, const QStringList& encounterIds) const {
    Rng rng = rngFor(m_seed, Stream::FollowUp, index);
    QVariantMap record;
    int caseIndex = uniform(rng, m_size.cases);
    if (chance(rng, 60)) {
        const int encounterIndex = uniform(rng, m_size.encounters);
        caseIndex = encounterCase(m_seed, encounterIndex, m_size.cases);
        record.insert(QStringLiteral("encounter_id"), encounterIds.at(encounterIndex));
    }
    const CaseProfile profile = caseProfile(m_seed, caseIndex);
    record.insert(QStringLiteral("case_id"), caseIds.at(caseIndex));
    record.insert(QStringLiteral("what"), profile.english ? pick(rng, kFollowUpEn) : pick(rng, kFollowUpRu));
    QString state;
    int dueBeforeEnd = dayInCase(rng, profile);
    if (profile.closed()) {
        state = weighted(rng, {{"Done", 85}, {"Cancelled", 15}});
    } else {
        state = weighted(rng, {{"Open", 60}, {"Done", 40}});
        if (state == QLatin1String("Open")) dueBeforeEnd = 90 - uniform(rng, 150);  // some past, some to come
    }
    record.insert(QStringLiteral("due_on"), dateText(m_dataEnd, dueBeforeEnd));
    record.insert(QStringLiteral("assignee"), worker(rng));
    record.insert(QStringLiteral("state"), state);
    return record;
}

QVariantMap SyntheticTeam::referral(int index, const QStringList& caseIds, const QStringList& organisationIds) const {
    Rng rng = rngFor(m_seed, Stream::Referral, index);
    const int caseIndex = uniform(rng, m_size.cases);
    const CaseProfile profile = caseProfile(m_seed, caseIndex);
    QVariantMap record;
    record.insert(QStringLiteral("case_id"), caseIds.at(caseIndex));
    if (!organisationIds.isEmpty() && chance(rng, 90)) {
        record.insert(QStringLiteral("organisation_id"),
                      organisationIds.at(uniform(rng, static_cast<int>(organisationIds.size()))));
    }
    record.insert(QStringLiteral("service_type"), weighted(rng, {{"Shelter", 25},
                                                                 {"Legal", 25},
                                                                 {"Health", 20},
                                                                 {"Psychological", 15},
                                                                 {"Repatriation", 10},
                                                                 {"Financial", 5}}));
    const QString status =
        profile.closed()
            ? weighted(rng, {{"Completed", 70}, {"Declined", 15}, {"Cancelled", 15}})
            : weighted(rng, {{"Planned", 15}, {"Sent", 25}, {"Accepted", 25}, {"Completed", 25}, {"Declined", 10}});
    record.insert(QStringLiteral("status"), status);
    const int sent = dayInCase(rng, profile);
    if (status != QLatin1String("Planned")) record.insert(QStringLiteral("sent_on"), dateText(m_dataEnd, sent));
    if (status == QLatin1String("Completed") || status == QLatin1String("Declined") ||
        status == QLatin1String("Cancelled")) {
        record.insert(QStringLiteral("closed_on"), dateText(m_dataEnd, std::max(0, sent - uniform(rng, 60))));
    }
    return record;
}

QStringList SyntheticTeam::searchQueries(int count) const {
    constexpr const char* ruWords[] = {
        "паспорт",     "паспорта", "работа",      "работу",       "рынок",  "рынке",      "общежитие", "общежитии",
        "долг",        "долга",    "вербовщик",   "вербовщица",   "склад",  "складе",     "стройка",   "зарплату",
        "регистрации", "патент",   "полицию",     "билет",        "шелтер", "переводчик", "теплице",   "кафе",
        "Telegram",    "WhatsApp", "бригадир",    "документы",    "Москве", "Подольске",  "Казани",    "Ташкента",
        "Бишкека",     "юриста",   "консульство", "миграционную", "охрана", "штрафы",     "угрожает",  "вокзал"};
    constexpr const char* enWords[] = {"passport",    "employer", "debt",      "recruiter", "warehouse", "dormitory",
                                       "salary",      "visa",     "police",    "shelter",   "agency",    "construction",
                                       "interpreter", "ticket",   "threatens", "Manila",    "Telegram",  "fines",
                                       "outreach",    "market",   "embassy",   "nanny",     "hotline",   "supervisor"};
    // Latin-script names written in Cyrillic, as a Russian-speaking worker would type them.
    constexpr const char* cyrillicForLatin[] = {"Сантос", "Рейес",  "Мендоса",  "Торрес",
                                                "Рамос",  "Окафор", "Ахметова", "Омаров"};
    QStringList queries;
    for (int i = 0; i < count; ++i) {
        Rng rng = rngFor(m_seed, Stream::Query, i);
        // Out of every 200 queries: 40 Russian words, 25 English words, 30 Russian pairs, 15 English pairs,
        // 30 prefixes (Russian and English), 60 names (either script, full names, across scripts, with a word).
        const int slot = (i * 200 / std::max(count, 1)) % 200;
        QString query;
        if (slot < 40) {
            query = pick(rng, ruWords);
        } else if (slot < 65) {
            query = pick(rng, enWords);
        } else if (slot < 95) {
            query = pick(rng, ruWords) + u' ' + pick(rng, ruWords);
        } else if (slot < 110) {
            query = pick(rng, enWords) + u' ' + pick(rng, enWords);
        } else if (slot < 140) {
            const QString word = slot < 130 ? pick(rng, ruWords) : pick(rng, enWords);
            query = word.left(std::min<qsizetype>(word.size(), 3 + uniform(rng, 4)));
        } else {
            const int personIndex = uniform(rng, m_size.people);
            Rng nameRng = rngFor(m_seed, Stream::Person, personIndex);
            const Name name = nameFor(nameRng, personProfile(m_seed, personIndex, m_size.cases));
            const int form = uniform(rng, 6);
            if (form == 0) {
                query = name.family;
            } else if (form == 1) {
                query = name.cyrillic ? latinSpelling(name.family) : name.family;  // across scripts
            } else if (form == 2) {
                query = name.given + u' ' + name.family;
            } else if (form == 3) {
                query = name.family.left(4);  // typing
            } else if (form == 4) {
                query = pick(rng, cyrillicForLatin);
            } else {
                query = name.family + u' ' + (chance(rng, 50) ? QStringLiteral("паспорт") : QStringLiteral("долг"));
            }
        }
        queries << query;
    }
    return queries;
}

}  // namespace fieldcase::training
