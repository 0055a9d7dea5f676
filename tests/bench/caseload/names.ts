/**
 * Names as families in England and Wales write them: several scripts, accents, apostrophes
 * (straight and curly), particles and hyphens. Made up from common parts; no real family.
 */
export interface NameGroup {
  given: readonly string[];
  family: readonly string[];
}

export const NAME_GROUPS: readonly NameGroup[] = [
  {
    // English
    given: ['Oliver', 'Amelia', 'Jack', 'Isla', 'Harry', 'Poppy', 'George', 'Freya', 'Charlie', 'Evie', 'Alfie', 'Millie', 'Zoë', 'Chloé'],
    family: ['Smith', 'Jones', 'Taylor', 'Brown', 'Wilson', 'Thompson', 'Hughes', 'Clarke', 'Fox-Whitfield', 'Ashworth'],
  },
  {
    // Irish
    given: ['Siobhán', 'Órla', 'Pádraig', 'Aoife', 'Seán', 'Niamh', 'Ciarán', 'Sinéad', 'Oisín', 'Caoimhe', 'Róisín', 'Dónal'],
    family: ['Ní Bhriain', 'Ó Súilleabháin', 'O’Brien', "O'Connor", 'Mac Giolla Phádraig', 'Ó Ceallaigh', 'McCarthy', 'Ní Dhonnchadha'],
  },
  {
    // Polish
    given: ['Łukasz', 'Zofia', 'Grzegorz', 'Małgorzata', 'Wojciech', 'Agnieszka', 'Jakub', 'Żaneta', 'Paweł', 'Krystyna'],
    family: ['Wiśniewska', 'Kowalczyk', 'Wójcik', 'Szymański', 'Dąbrowski', 'Lewandowska', 'Zieliński', 'Kamińska', 'Grabowski'],
  },
  {
    // Romanian
    given: ['Ștefan', 'Ioana', 'Andrei', 'Mădălina', 'Răzvan', 'Alexandra', 'Cătălin', 'Ana', 'Bogdan', 'Elena'],
    family: ['Rădulescu', 'Popescu', 'Țurcanu', 'Ionescu', 'Dumitrașcu', 'Stănescu', 'Constantinescu', 'Munteanu'],
  },
  {
    // Arabic, in Arabic script and as families often write it in English
    given: ['فاطمة', 'محمد', 'يوسف', 'مريم', 'عمر', 'Layla', 'Yusuf', 'Fatima', 'Ahmed', 'Nour'],
    family: ['الحسن', 'العلي', 'منصور', 'Al-Hassan', 'El-Sayed', 'Haddad', 'Abd al-Rahman', 'Mansour'],
  },
  {
    // Urdu, in Urdu script and transliterated
    given: ['عائشہ', 'حسن', 'زینب', 'بلال', 'Ayesha', 'Bilal', 'Zainab', 'Imran', 'Saima', 'Hamza'],
    family: ['قریشی', 'چودھری', 'Qureshi', 'Chaudhry', 'Hussain', 'Malik', 'Raza', 'Butt'],
  },
  {
    // Welsh
    given: ['Siân', 'Dafydd', 'Llŷr', 'Rhys', 'Gwenllïan', 'Cerys', 'Iolo', 'Ffion', 'Gruffudd', 'Eleri'],
    family: ['ap Gwilym', 'Gruffydd', 'Llywelyn', 'Prydderch', 'ab Owain', 'Rhydderch', 'Bowen', 'Pritchard'],
  },
];

export const RELATIONSHIPS = ['Mum', 'Dad', 'Stepmum', 'Stepdad', 'Grandmother', 'Grandfather', 'Aunt', 'Foster carer', 'Special guardian', 'Kinship carer'];

export const SCHOOLS = [
  'St Brigid’s Primary School',
  'Oakfield Academy',
  'Hillside Nursery',
  'Ysgol Gymraeg Llundain',
  'Riverside Church of England Primary School',
  'Mount Pleasant Community College',
  'St Mary’s Roman Catholic High School',
  'Greenway Pupil Referral Unit',
  'Little Acorns Pre-School',
  'Northfield Special School',
  'Queen’s Park Infant and Nursery School',
  'Al-Noor Primary School',
];

export const PRACTITIONERS = [
  'Ms Okafor (class teacher)',
  'Priya Shah (health visitor)',
  'Tom Reid (school nurse)',
  'Jo Evans (family support worker)',
  'Ali Khan (housing officer)',
  'Dr Lee (CAMHS)',
  'Kim Patel (youth worker)',
  'Mrs Dąbrowska (SENCo)',
  'Siân Prydderch (early help lead)',
  'Mr O’Neill (attendance officer)',
  'Rădulescu, A. (speech and language therapist)',
];

export const VENUES = [
  'Oakfield Academy, meeting room 2',
  'Family home',
  'Riverside Children’s Centre',
  'Online (Teams)',
  'St Brigid’s Primary School, family room',
  'Northgate Library, community room',
];
