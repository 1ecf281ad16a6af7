import * as assert from 'assert';
import { analyzeDocument, type EntityMention } from '../../../server/src/core/index';

/**
 * Mention cases of the genre, one row each: a sentence (written for these tests), and the mentions
 * expected in it as `type|text|entityId` (plus `role=` / `person=` / `acronym=` when asserted).
 * Every mention of the sentence that is not a date must be listed: extra mentions fail too.
 */
interface Row {
  text: string;
  lang?: 'vi' | 'en';
  want: string[];
}

const rows: Row[] = [
  {
    // A local post names its city right after the title, without `thành phố`.
    text: 'Thị trưởng Lima Rafael Lopez Aliaga trao chìa khóa thành phố.',
    want: ['person|Thị trưởng Lima Rafael Lopez Aliaga|person:rafael-lopez-aliaga|role=mayor@lima:PE'],
  },
  {
    text: 'Thị trưởng Hà Nội Trần Sỹ Thanh tiếp đoàn.',
    want: ['person|Thị trưởng Hà Nội Trần Sỹ Thanh|person:tran-sy-thanh|role=mayor@ha-noi:VN'],
  },
  {
    text: 'Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Bùi Thanh Sơn tại Hà Nội.',
    want: [
      'person|Thủ tướng Phạm Minh Chính|person:pham-minh-chinh|role=prime-minister:VN',
      'person|Bộ trưởng Ngoại giao Bùi Thanh Sơn|person:bui-thanh-son|role=minister/foreign-affairs:VN',
      'place|Hà Nội|place:ha-noi',
    ],
  },
  {
    text: 'Tổng Bí thư Tô Lâm dự phiên họp của Liên hợp quốc và gặp lãnh đạo Liên minh châu Âu (EU).',
    want: [
      'person|Tổng Bí thư Tô Lâm|person:to-lam|role=general-secretary:VN',
      'organization|Liên hợp quốc|org:un',
      'organization|Liên minh châu Âu|org:eu|acronym=EU',
      'organization|EU|org:eu|acronym=EU',
    ],
  },
  {
    text: 'Chủ tịch nước Lương Cường hội kiến Tổng thống Peru Dina Boluarte. Ông Cường cảm ơn bà Boluarte.',
    want: [
      'person|Chủ tịch nước Lương Cường|person:luong-cuong|role=state-president:VN',
      'person|Tổng thống Peru Dina Boluarte|person:dina-boluarte|role=president:PE',
      'person|Cường|person:luong-cuong',
      'person|Boluarte|person:dina-boluarte',
    ],
  },
  {
    text: 'Đại sứ Việt Nam tại Argentina kiêm nhiệm Uruguay, ông Trần Văn Minh, cho biết như vậy.',
    want: [
      'title|Đại sứ Việt Nam tại Argentina kiêm nhiệm Uruguay|title:ambassador:VN>AR+UY|person=person:tran-van-minh',
      'person|Trần Văn Minh|person:tran-van-minh|role=ambassador:VN>AR+UY',
    ],
  },
  {
    text: 'Tập đoàn Dầu khí Quốc gia (PVN) và Tập đoàn Viễn thông Quân đội Viettel đầu tư tại TP Hồ Chí Minh.',
    want: [
      'organization|Tập đoàn Dầu khí Quốc gia|org:pvn|acronym=PVN',
      'organization|PVN|org:pvn|acronym=PVN',
      'organization|Tập đoàn Viễn thông Quân đội Viettel|org:viettel',
      'place|TP Hồ Chí Minh|place:tp-ho-chi-minh',
    ],
  },
  {
    text: 'Hai bên nhất trí thúc đẩy hợp tác. Trong năm nay, Theo kế hoạch, Nhân dịp này các bộ ngành làm việc.',
    want: [],
  },
  {
    text: 'Peruvian President Dina Boluarte received Prime Minister Pham Minh Chinh in Lima.',
    lang: 'en',
    want: [
      'person|Peruvian President Dina Boluarte|person:dina-boluarte|role=president:PE',
      'person|Prime Minister Pham Minh Chinh|person:pham-minh-chinh|role=prime-minister:VN',
      'place|Lima|place:lima',
    ],
  },
  {
    text: 'The Vietnam News Agency (VNA) quoted the Ministry of Foreign Affairs as saying that ASEAN and APEC matter.',
    lang: 'en',
    want: [
      'organization|Vietnam News Agency|org:vna|acronym=VNA',
      'organization|VNA|org:vna|acronym=VNA',
      'organization|Ministry of Foreign Affairs|org:mofa-vn',
      'organization|ASEAN|org:asean',
      'organization|APEC|org:apec',
    ],
  },
  {
    text: 'Kim ngạch với Pê-ru, Chi-lê và Mỹ Latinh tăng; Casa de Pizarro đón đoàn.',
    want: ['country|Pê-ru|country:PE', 'country|Chi-lê|country:CL', 'place|Mỹ Latinh|place:latin-america', 'place|Casa de Pizarro|place:casa-de-pizarro'],
  },
  {
    text: 'Tại Phủ Thủ tướng, Thủ tướng Singapore Lawrence Wong hội đàm với Thủ tướng Phạm Minh Chính. Thủ tướng Wong cảm ơn.',
    want: [
      'place|Phủ Thủ tướng|place:phu-thu-tuong',
      'person|Thủ tướng Singapore Lawrence Wong|person:lawrence-wong|role=prime-minister:SG',
      'person|Thủ tướng Phạm Minh Chính|person:pham-minh-chinh',
      'person|Thủ tướng Wong|person:lawrence-wong|role=prime-minister:SG',
    ],
  },
  {
    text: 'Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng và Phó Thủ tướng Trần Hồng Hà dự họp.',
    want: [
      'person|Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng|person:nguyen-chi-dung|role=minister/planning-investment:VN',
      'person|Phó Thủ tướng Trần Hồng Hà|person:tran-hong-ha|role=deputy-prime-minister:VN',
    ],
  },
  {
    text: 'Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp bà Nguyễn Thị Thanh Hà, Phó Giám đốc Sở Công Thương Hà Nội.',
    want: [
      'title|Tổng Bí thư|title:general-secretary:VN|person=person:to-lam',
      'person|Chủ tịch nước Tô Lâm|person:to-lam',
      'person|Nguyễn Thị Thanh Hà|person:nguyen-thi-thanh-ha',
      'title|Phó Giám đốc Sở Công Thương Hà Nội|title:deputy-director/industry-and-trade|person=person:nguyen-thi-thanh-ha',
    ],
  },
  {
    text: 'Tổng Lãnh sự Việt Nam tại San Francisco Trần Trọng Khánh dự lễ tại Đại sứ quán Việt Nam tại Peru.',
    want: [
      'person|Tổng Lãnh sự Việt Nam tại San Francisco Trần Trọng Khánh|person:tran-trong-khanh|role=consul-general:VN>US',
      'organization|Đại sứ quán Việt Nam tại Peru|org:dai-su-quan-viet-nam-tai-peru',
    ],
  },
  {
    text: 'Ủy ban nhân dân tỉnh Quảng Ninh làm việc với Bộ Ngoại giao Peru vào Chủ Nhật; Anh hùng Lao động phát biểu.',
    want: [
      'organization|Ủy ban nhân dân tỉnh Quảng Ninh|org:uy-ban-nhan-dan-tinh-quang-ninh',
      'organization|Bộ Ngoại giao Peru|org:bo-ngoai-giao-peru',
    ],
  },
  {
    text: 'Foreign Minister Bui Thanh Son held talks with his Chinese counterpart Wang Yi in Beijing. Son said the People\'s Action Party (PAP) was invited.',
    lang: 'en',
    want: [
      'person|Foreign Minister Bui Thanh Son|person:bui-thanh-son|role=foreign-minister:VN',
      'person|Wang Yi|person:wang-yi',
      'place|Beijing|place:beijing',
      'person|Son|person:bui-thanh-son',
      "organization|People's Action Party|org:people-s-action-party|acronym=PAP",
      'organization|PAP|org:people-s-action-party|acronym=PAP',
    ],
  },
  {
    text: 'Lima (VNA) - Lima Mayor Rafael Lopez Aliaga met Deputy Minister of Foreign Affairs Do Hung Viet; PetroVietnam and Viettel Group attended.',
    lang: 'en',
    want: [
      'place|Lima|place:lima',
      'organization|VNA|org:vna',
      'person|Lima Mayor Rafael Lopez Aliaga|person:rafael-lopez-aliaga|role=mayor@lima:PE',
      'person|Deputy Minister of Foreign Affairs Do Hung Viet|person:do-hung-viet|role=deputy-minister/foreign-affairs:VN',
      'organization|PetroVietnam|org:pvn',
      'organization|Viettel Group|org:viettel',
    ],
  },
  {
    text: 'Vietnam, Peru Boost Telecom Cooperation Ties\nThe two countries agreed to cooperate.',
    lang: 'en',
    want: ['country|Vietnam|country:VN', 'country|Peru|country:PE'],
  },
  {
    text: 'Bộ trưởng Bộ Ngoại giao Peru Javier González-Olaechea tiếp Đại sứ Peru tại Việt Nam Luis Raygada và Phó Chủ tịch nước Võ Thị Ánh Xuân.',
    want: [
      'person|Bộ trưởng Bộ Ngoại giao Peru Javier González-Olaechea|person:javier-gonzalez-olaechea|role=minister/foreign-affairs:PE',
      'person|Đại sứ Peru tại Việt Nam Luis Raygada|person:luis-raygada|role=ambassador:PE>VN',
      'person|Phó Chủ tịch nước Võ Thị Ánh Xuân|person:vo-thi-anh-xuan|role=vice-state-president:VN',
    ],
  },
  {
    text: "Peru's President Dina Boluarte met Vietnam's Prime Minister Pham Minh Chinh; exports reached US$2 billion.",
    lang: 'en',
    want: [
      "person|Peru's President Dina Boluarte|person:dina-boluarte|role=president:PE",
      "person|Vietnam's Prime Minister Pham Minh Chinh|person:pham-minh-chinh|role=prime-minister:VN",
    ],
  },
  {
    text: 'Theo Quyết định 2941/QĐ-BCT, Thủ tướng Phạm Minh Chinh gặp ông Lý Cường tại Bắc Kinh vào quý III.',
    want: [
      'person|Thủ tướng Phạm Minh Chinh|person:pham-minh-chinh',
      'person|Lý Cường|person:li-qiang',
      'place|Bắc Kinh|place:beijing',
    ],
  },
  {
    text: 'Đoàn đến thành phố Hồ Chí Minh, thăm đường Lê Duẩn rồi viếng Chủ tịch Hồ Chí Minh.',
    want: [
      'place|Hồ Chí Minh|place:tp-ho-chi-minh',
      'place|Lê Duẩn|place:le-duan',
      'person|Chủ tịch Hồ Chí Minh|person:ho-chi-minh',
    ],
  },
  {
    text: 'Đại sứ Việt Nam tại Chile Phạm Trường Giang làm việc với Cục Xúc tiến thương mại và Phòng Thương mại Santiago (CCS). Chủ tịch CCS María Teresa Vial dự.',
    want: [
      'person|Đại sứ Việt Nam tại Chile Phạm Trường Giang|person:pham-truong-giang|role=ambassador:VN>CL',
      'organization|Cục Xúc tiến thương mại|org:cuc-xuc-tien-thuong-mai',
      'organization|Phòng Thương mại Santiago|org:phong-thuong-mai-santiago|acronym=CCS',
      'organization|CCS|org:phong-thuong-mai-santiago',
      'person|Chủ tịch CCS María Teresa Vial|person:maria-teresa-vial',
    ],
  },
  {
    text: 'Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên chủ trì. Sau đó, Bộ trưởng Nguyễn Hồng Diên gặp Ủy ban Hỗn hợp về Hợp tác kinh tế.',
    want: [
      'person|Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên|person:nguyen-hong-dien|role=minister/industry-and-trade:VN',
      'person|Bộ trưởng Nguyễn Hồng Diên|person:nguyen-hong-dien|role=minister/industry-and-trade:VN',
      'organization|Ủy ban Hỗn hợp về Hợp tác kinh tế|org:uy-ban-hon-hop-ve-hop-tac-kinh-te',
    ],
  },
  {
    text: 'Trade talks\nPresent were Vietnamese Ambassador to Chile Pham Truong Giang and representatives from the Vietnam Trade Promotion Agency (VIETRADE), Masan Group and Codelco. CCS President Maria Vial spoke.',
    lang: 'en',
    want: [
      'person|Vietnamese Ambassador to Chile Pham Truong Giang|person:pham-truong-giang|role=ambassador:VN>CL',
      'organization|Vietnam Trade Promotion Agency|org:vietnam-trade-promotion-agency|acronym=VIETRADE',
      'organization|VIETRADE|org:vietnam-trade-promotion-agency',
      'organization|Masan Group|org:masan',
      'organization|Codelco|org:codelco',
      'organization|CCS|org:ccs',
      'person|President Maria Vial|person:maria-vial',
    ],
  },
  {
    text: 'Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn gặp Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng, và đại biểu Quốc hội Vũ Hải Hà.',
    want: [
      'title|Phó Thủ tướng|title:deputy-prime-minister|person=person:bui-thanh-son',
      'person|Bộ trưởng Ngoại giao Bùi Thanh Sơn|person:bui-thanh-son',
      'person|Đại tướng Phan Văn Giang|person:phan-van-giang',
      'title|Bộ trưởng Quốc phòng|title:minister/defence|person=person:phan-van-giang',
      'organization|Quốc hội|org:na-vn',
      'person|Vũ Hải Hà|person:vu-hai-ha',
    ],
  },
  {
    text: 'Earlier, President Luong Cuong met Mr. J. Smith in Hanoi.',
    lang: 'en',
    want: [
      'person|President Luong Cuong|person:luong-cuong|role=state-president:VN',
      'person|J. Smith|person:j-smith',
      'place|Hanoi|place:ha-noi',
    ],
  },
  {
    text: 'Chủ tịch Hội đồng Quản trị Tập đoàn Viettel Tào Đức Thắng gặp Nguyễn Minh Đức, Nguyễn Thị Mỹ và Tổng Giám đốc PVN Lê Mạnh Hùng về Hiệp định CPTPP.',
    want: [
      'person|Chủ tịch Hội đồng Quản trị Tập đoàn Viettel Tào Đức Thắng|person:tao-duc-thang',
      'person|Nguyễn Minh Đức|person:nguyen-minh-duc',
      'person|Nguyễn Thị Mỹ|person:nguyen-thi-my',
      'person|Tổng Giám đốc PVN Lê Mạnh Hùng|person:le-manh-hung|role=director-general/pvn:VN',
      'organization|Hiệp định CPTPP|org:cptpp',
    ],
  },
  {
    text: 'Phó Đại sứ Nguyễn Văn Nam gặp Giàng Seo Phử.',
    want: ['person|Phó Đại sứ Nguyễn Văn Nam|person:nguyen-van-nam|role=deputy-ambassador:VN', 'person|Giàng Seo Phử|person:giang-seo-phu'],
  },
  {
    text: 'He met Deputy Foreign Minister Do Hung Viet and Vice President Vo Thi Anh Xuan.',
    lang: 'en',
    want: [
      'person|Deputy Foreign Minister Do Hung Viet|person:do-hung-viet|role=deputy-foreign-minister:VN',
      'person|Vice President Vo Thi Anh Xuan|person:vo-thi-anh-xuan|role=vice-state-president:VN',
    ],
  },
  {
    text: 'Hợp tác Việt Nam - Peru\nĐại sứ Phạm Thị Kim Hoa làm việc tại Lima.\nTin cùng chuyên mục\nThủ tướng Phạm Minh Chính thăm Chile',
    want: ['country|Việt Nam|country:VN', 'country|Peru|country:PE', 'person|Đại sứ Phạm Thị Kim Hoa|person:pham-thi-kim-hoa', 'place|Lima|place:lima'],
  },
  {
    text: "Talks\nThey met Argentina's Secretary of Agriculture, Livestock and Fisheries Sergio Iraeta and the Argentine Chamber of Commerce and Services (CAC). Iraeta spoke.",
    lang: 'en',
    want: [
      "person|Argentina's Secretary of Agriculture, Livestock and Fisheries Sergio Iraeta|person:sergio-iraeta|role=secretary/agriculture-livestock-and-fisheries:AR",
      'organization|Argentine Chamber of Commerce and Services|org:argentine-chamber-of-commerce-and-services|acronym=CAC',
      'organization|CAC|org:argentine-chamber-of-commerce-and-services',
      'person|Iraeta|person:sergio-iraeta',
    ],
  },
  {
    text: 'Văn phòng Chủ tịch nước và Văn phòng Tổng thống Peru phối hợp với Bộ trưởng Ngoại giao.',
    want: [
      'organization|Văn phòng Chủ tịch nước|org:van-phong-chu-tich-nuoc',
      'organization|Văn phòng Tổng thống Peru|org:van-phong-tong-thong-peru',
      'title|Bộ trưởng Ngoại giao|title:minister/foreign-affairs',
    ],
  },
  {
    text: 'Đại sứ, Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc Đặng Hoàng Giang phát biểu; Tổng Thư ký ASEAN Kao Kim Hourn dự.',
    want: [
      'title|Đại sứ|title:ambassador|person=person:dang-hoang-giang',
      'person|Trưởng Phái đoàn thường trực Việt Nam tại Liên hợp quốc Đặng Hoàng Giang|person:dang-hoang-giang|role=head-of-mission:VN>lhq',
      'person|Tổng Thư ký ASEAN Kao Kim Hourn|person:kao-kim-hourn|role=secretary-general/asean',
    ],
  },
  {
    text: 'Thứ trưởng Bộ Giao thông-Viễn thông gặp Phó Đại sứ Nguyễn Văn Nam ở Vân Nam và thăm Lý Sơn.',
    want: [
      'title|Thứ trưởng Bộ Giao thông-Viễn thông|title:deputy-minister/transport-telecommunications',
      'person|Phó Đại sứ Nguyễn Văn Nam|person:nguyen-van-nam',
      'place|Vân Nam|place:van-nam',
      'place|Lý Sơn|place:ly-son',
    ],
  },
  {
    text: 'Tổng thống Mỹ Joe Biden gặp Chủ tịch Trung Quốc Tập Cận Bình.',
    want: [
      'person|Tổng thống Mỹ Joe Biden|person:joe-biden|role=president:US',
      'person|Chủ tịch Trung Quốc Tập Cận Bình|person:xi-jinping|role=president:CN',
    ],
  },
  {
    text: 'Hanoi (VNA) - The Viet Nam News Agency and the Communist Party of Viet Nam (CPV) said so.',
    lang: 'en',
    want: [
      'place|Hanoi|place:ha-noi',
      'organization|VNA|org:vna',
      'organization|Viet Nam News Agency|org:vna',
      'organization|Communist Party of Viet Nam|org:cpv',
      'organization|CPV|org:cpv',
    ],
  },
  {
    text: 'Talks\nThe two sides upgraded ties to a Comprehensive Strategic Partnership and met Wang Yi during the Tet holiday.',
    lang: 'en',
    want: ['person|Wang Yi|person:wang-yi'],
  },
  {
    text: 'Theo đó, Sergio Iraeta, Bộ trưởng Nông nghiệp Argentina, cho biết như vậy.',
    want: [
      'person|Sergio Iraeta|person:sergio-iraeta',
      'title|Bộ trưởng Nông nghiệp Argentina|title:minister/agriculture:AR|person=person:sergio-iraeta',
    ],
  },
  {
    text: 'Hãng Boeing, công ty Codelco và tờ El Comercio hợp tác với nhà mạng Bitel.',
    want: [
      'organization|Hãng Boeing|org:hang-boeing',
      'organization|Codelco|org:codelco',
      'organization|El Comercio|org:el-comercio',
      'organization|Bitel|org:bitel',
    ],
  },
  // Issue #12: headlines in capitals, a name glued to a caption, a title with a parent body.
  {
    text: 'TUYÊN BỐ CHUNG VIỆT NAM - CHILE\n\nTĂNG CƯỜNG QUAN HỆ ĐỐI TÁC TOÀN DIỆN\n\nHai bên nhất trí tăng cường hợp tác.',
    want: ['country|VIỆT NAM|country:VN', 'country|CHILE|country:CL'],
  },
  {
    text: 'TỔNG BÍ THƯ TÔ LÂM THĂM PHÁP\n\nTổng Bí thư Tô Lâm đến Paris.',
    want: [
      'title|TỔNG BÍ THƯ|title:general-secretary:VN|person=person:to-lam',
      // (The words cut from the name are not read again: `PHÁP` is lost, as before.)
      'person|TÔ LÂM|person:to-lam',
      'person|Tổng Bí thư Tô Lâm|person:to-lam',
      'place|Paris|place:paris',
    ],
  },
  {
    // A byline in capitals: a Vietnamese family name and a given name.
    text: 'GIÁ CÀ PHÊ TĂNG CAO KỶ LỤC\n\n- PHẠM KIÊN\n\nGiá cà phê tăng.',
    want: ['person|PHẠM KIÊN|person:pham-kien'],
  },
  {
    text: 'Đoàn đã thăm ChileẢnh: TTXVN',
    want: ['country|Chile|country:CL', 'organization|TTXVN|org:vna'],
  },
  {
    text: 'Vụ trưởng Vụ châu Mỹ thuộc Bộ Ngoại giao Chile Carlos Olguín cho biết hai bên sẽ hợp tác.',
    want: ['person|Vụ trưởng Vụ châu Mỹ thuộc Bộ Ngoại giao Chile Carlos Olguín|person:carlos-olguin|role=department-director/vu-chau-my:CL'],
  },
  {
    // A department of markets is one name (`Thị trường` continues it), and the `Mỹ` of `châu Mỹ` written
    // after a hyphen is no United States.
    text: 'Đại diện Vụ Thị trường châu Âu-châu Mỹ (Bộ Công Thương) cho biết xuất khẩu sang châu Âu - châu Mỹ tăng.',
    want: ['organization|Vụ Thị trường châu Âu-châu Mỹ|org:vu-thi-truong-chau-au-chau-my', 'organization|Bộ Công Thương|org:moit', 'place|châu Âu|place:chau-au'],
  },
  {
    // A currency code glued to an amount is the figure's currency, not an organization (`G20` is one).
    text: 'Vốn FDI đạt USD12,5 tỷ, phí là EUR29,99 và hội nghị G20 họp.',
    want: ['organization|G20|org:g20'],
  },
  {
    // A table's month (`Feb-24`) is a date, not a place.
    text: 'Shipments to Hanoi in Feb-24 fell.',
    lang: 'en',
    want: ['place|Hanoi|place:ha-noi'],
  },
  {
    // `khu vực` is a region and a sector of the economy: `khu vực Dịch vụ` is the second.
    text: 'Tại Bắc Ninh, khu vực Dịch vụ tăng 7%, khu vực Công nghiệp và Xây dựng tăng 6%; khu vực Đông Nam Á nhập khẩu nhiều.',
    want: ['place|Bắc Ninh|place:bac-ninh', 'place|Đông Nam Á|place:southeast-asia'],
  },
  {
    // An unknown acronym after `in` or `at` is an indicator or a body, not a place.
    text: 'The province attracted 571 million USD in FDI and 200 million USD in ODA, a partner at CSIL said in Milan.',
    lang: 'en',
    want: ['organization|CSIL|org:csil', 'place|Milan|place:milan'],
  },
];

function show(m: EntityMention, want: string): string {
  let s = `${m.type}|${m.text}|${m.entityId}`;
  if (want.includes('|role=')) s += `|role=${m.role}`;
  if (want.includes('|person=')) s += `|person=${m.person}`;
  if (want.includes('|acronym=')) s += `|acronym=${m.acronym}`;
  return s;
}

describe('entity mentions: genre cases', () => {
  for (const row of rows) {
    it(row.text, () => {
      const a = analyzeDocument({ uri: 't.txt', text: row.text, languageHint: row.lang ?? 'vi' });
      const got = a.entities.filter((m) => m.type !== 'date');
      const shown = got.map((m, i) => show(m, row.want[i] ?? ''));
      assert.deepStrictEqual(shown, row.want);
    });
  }
});

/**
 * Adjectives of countries and regions are demonyms, not entity mentions: `Vietnamese` names no
 * country. They are kept apart (`demonyms`) for the claims; a name that is also an adjective
 * (`Myanmar`, `New Zealand`) stays a name, and a title keeps its adjective (`Peruvian President`).
 */
const demonymRows: { text: string; entities: string[]; demonyms: string[] }[] = [
  {
    text: 'Vietnamese and Chilean officials met in Santiago; Latin American and South American markets grew.',
    entities: ['place|Santiago'],
    demonyms: ['country|Vietnamese|VN', 'country|Chilean|CL', 'place|Latin American', 'place|South American'],
  },
  {
    text: 'Thai, Lao and New Zealand delegations met Myanmar officials and Southeast Asian firms.',
    entities: ['country|New Zealand|NZ', 'country|Myanmar|MM'],
    demonyms: ['country|Thai|TH', 'country|Lao|LA', 'place|Southeast Asian'],
  },
  {
    text: 'Peruvian President Dina Boluarte told Chinese importers about the Peruvian market.',
    entities: ['person|Peruvian President Dina Boluarte'],
    demonyms: ['country|Chinese|CN', 'country|Peruvian|PE'],
  },
];

describe('entity mentions: demonyms are not entities', () => {
  const line = (m: EntityMention) => [m.type, m.text, m.countryCode].filter(Boolean).join('|');
  for (const row of demonymRows) {
    it(row.text, () => {
      const a = analyzeDocument({ uri: 't.txt', text: row.text, languageHint: 'en' });
      assert.deepStrictEqual(a.entities.filter((m) => m.type !== 'date').map(line), row.entities);
      assert.deepStrictEqual((a.demonyms ?? []).map(line), row.demonyms);
    });
  }
});
