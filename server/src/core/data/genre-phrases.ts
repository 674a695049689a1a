// Frequent words and phrases of Vietnamese administrative news about commune meetings, with
// rough frequency tiers. Written from knowledge of the genre (Party, People's Council and
// People's Committee reports and news items), not copied from any corpus.
//   tier 3: in almost every article ("chỉ đạo", "nhân dân", "nông thôn mới")
//   tier 2: common ("chất vấn", "bế mạc", "giải phóng mặt bằng")
//   tier 1: occasional but typical of the genre
// The confusable-word rule looks for near misses of these (one tone mark, hat/horn/breve or
// letter away) and the repeated-word rule uses them as known bigrams. LEGITIMATE_PHRASES are
// ordinary phrases that are one mark away from a genre phrase and must not be "corrected".
// Lower case, NFC, old-style tone placement ("hòa", "thủy") as the press writes; lookups accept
// both styles. Separator: ",".

const TIER3 = `
chỉ đạo, lãnh đạo, nhân dân, nông thôn, nông thôn mới, đảng bộ, đảng ủy, đảng viên, chi bộ, nhiệm kỳ,
nghị quyết, nhiệm vụ, hội nghị, đại hội, xây dựng, hoàn thành, chỉ tiêu, tổ chức, bí thư, huyện ủy,
phát triển, xã hội, kinh tế, kinh tế xã hội, ủy viên, kết quả, kế hoạch, thường vụ, ban thường vụ,
phát biểu, tập trung, ban chấp hành, chấp hành, triển khai, kỳ họp, chính trị, hệ thống chính trị,
hạn chế, tỷ lệ, bình quân, trở lên, nâng cao, kết nạp, đánh giá, tiêu chí, đề nghị, tiếp tục, làm việc,
thu nhập, chất lượng, đoàn thể, địa bàn, cán bộ, địa phương, sơ kết, tổng kết, tham dự, sản xuất,
sinh hoạt, ngân sách, chủ tịch, phó chủ tịch, đề ra, báo cáo, chính quyền, dự toán, kết luận, hiệu quả,
thường trực, tình hình, phấn đấu, an ninh, quốc phòng, đại biểu, phát huy, tập thể, ủy ban, ủy ban nhân dân,
hội đồng nhân dân, tiến độ, chương trình, mục tiêu, giáo dục, quản lý, kiểm tra, giám sát, hộ nghèo,
tới dự, giải pháp, đầu tư, văn phòng, thông qua, tuy nhiên, quan tâm, đồng chí, công tác, thực hiện,
trọng tâm, trật tự, an toàn, trật tự an toàn xã hội, sử dụng, khó khăn, tư tưởng, hoạt động, tình trạng,
đoàn kết, chú trọng, bên cạnh, diện tích, nông nghiệp, hệ thống, chủ yếu, yêu cầu, duy trì, xử lý,
nội dung, mở rộng, chuẩn bị, đảm bảo, bảo đảm, cụ thể, dân vận, gia đình, giải quyết, xuất sắc,
tăng cường, đẩy mạnh, đạt chuẩn, cấp ủy, trưởng thôn, giảm nghèo, tham gia, chính sách, chỉ thị,
phong trào, thi đua, cá nhân, môi trường, khen thưởng, quán triệt, vi phạm, thường xuyên, văn hóa,
quyết định, đồng thời, ổn định, an sinh, an sinh xã hội, tuyên truyền, nhà nước, công nhận, thảo luận,
tồn tại, đối với, dân cư, khu dân cư, dân tộc, chăm sóc, đổi mới, giữ vững, thành tích, cơ cấu, ý kiến,
toàn cảnh, đất đai, cấp trên, rà soát, giao thông, lao động, nỗ lực, tích cực, đội ngũ, công chức,
lĩnh vực, bảo vệ, người dân, việc làm, nguồn lực, khắc phục, chuyển biến, phối hợp, xảy ra, khẳng định,
khai mạc, bế mạc, kiểm điểm, chất vấn, trả lời chất vấn, phát biểu chỉ đạo, phát biểu kết luận,
ghi nhận, biểu dương, đề xuất, kiến nghị, cử tri, tiếp xúc cử tri, hội đồng, mặt trận, mặt trận tổ quốc,
kinh tế xã hội, tổ quốc, thôn mới, dự án, công trình, kiểu mẫu, nông thôn mới kiểu mẫu, nông thôn mới nâng cao,
giải phóng mặt bằng, giải phóng, mặt bằng, ngày càng, trong thời gian tới, thời gian tới, nhiệm vụ trọng tâm,
trung tâm, trọng điểm, then chốt, cấp bách, cần thiết, quan trọng, cơ bản, cơ sở, cụ thể hóa, cao nhất,
`;

const TIER2 = `
phát triển kinh tế, bền vững, tăng trưởng, chuyển đổi, chuyển dịch, chuyển dịch cơ cấu, cơ cấu kinh tế,
cây trồng, vật nuôi, chăn nuôi, trồng trọt, lâm nghiệp, thủy lợi, thủy sản, sản lượng, lương thực,
năng suất, gia súc, gia cầm, dịch bệnh, phòng chống, phòng, chống dịch, tiêm phòng, vắc xin, y tế,
bảo hiểm, bảo hiểm y tế, bảo hiểm xã hội, trạm y tế, trường học, học sinh, giáo viên, năm học,
phổ cập, khuyến học, khuyến tài, chuẩn quốc gia, đạt chuẩn quốc gia, văn hóa thông tin, thể dục thể thao,
gia đình văn hóa, thôn văn hóa, khu dân cư văn hóa, đời sống, đời sống văn hóa, vật chất, tinh thần,
đoàn thanh niên, hội phụ nữ, hội nông dân, hội cựu chiến binh, cựu chiến binh, người cao tuổi, thanh niên,
phụ nữ, nông dân, công an, quân sự, dân quân, dân quân tự vệ, tự vệ, tuyển quân, giao quân, nghĩa vụ quân sự,
an ninh trật tự, an ninh chính trị, trật tự xã hội, tệ nạn, tệ nạn xã hội, ma túy, tội phạm, vi phạm pháp luật,
pháp luật, phổ biến, giáo dục pháp luật, hòa giải, hòa giải cơ sở, tranh chấp, khiếu nại, tố cáo,
khiếu nại tố cáo, đơn thư, tiếp công dân, công dân, cải cách, cải cách hành chính, hành chính, thủ tục,
thủ tục hành chính, một cửa, chuyển đổi số, công nghệ thông tin, dịch vụ công, trực tuyến, chữ ký số,
ngân sách nhà nước, thu ngân sách, chi ngân sách, thu chi, quyết toán, dự toán ngân sách, nguồn vốn,
vốn đầu tư, đầu tư công, xã hội hóa, huy động, huy động nguồn lực, giải ngân, nợ đọng, xây dựng cơ bản,
quy hoạch, kế hoạch sử dụng đất, sử dụng đất, đất đai, tài nguyên, tài nguyên môi trường, khoáng sản,
rác thải, vệ sinh môi trường, nước sạch, điện lưới, đường giao thông, giao thông nông thôn, bê tông hóa,
cứng hóa, kiên cố hóa, kênh mương, tuyến đường, liên thôn, liên xã, nhà văn hóa, nhà ở, nhà tạm,
xóa nhà tạm, hộ cận nghèo, cận nghèo, thoát nghèo, giảm nghèo bền vững, an sinh, chính sách xã hội,
người có công, gia đình chính sách, bảo trợ xã hội, trợ cấp, hỗ trợ, tặng quà, thăm hỏi, động viên,
thương binh, liệt sĩ, thương binh liệt sĩ, đền ơn đáp nghĩa, uống nước nhớ nguồn, tri ân,
tổ chức đảng, tổ chức cơ sở đảng, cơ sở đảng, chi ủy, cấp ủy viên, bí thư chi bộ, phó bí thư,
đảng viên mới, phát triển đảng viên, kết nạp đảng viên, sinh hoạt chi bộ, sinh hoạt chuyên đề,
kiểm tra giám sát, ủy ban kiểm tra, kỷ luật, thi hành kỷ luật, đánh giá xếp loại, xếp loại, phân loại,
hoàn thành tốt nhiệm vụ, hoàn thành xuất sắc nhiệm vụ, hoàn thành nhiệm vụ, không hoàn thành nhiệm vụ,
trong sạch vững mạnh, trong sạch, vững mạnh, xây dựng đảng, chỉnh đốn đảng, xây dựng chỉnh đốn đảng,
học tập, làm theo, tư tưởng đạo đức, phong cách, tư tưởng đạo đức phong cách hồ chí minh,
nêu gương, trách nhiệm, người đứng đầu, gương mẫu, tiên phong, đạo đức, lối sống, suy thoái,
tự diễn biến, tự chuyển hóa, lý luận chính trị, bồi dưỡng, đào tạo, quy hoạch cán bộ, luân chuyển,
bố trí, sắp xếp, kiện toàn, bầu cử, bầu bổ sung, miễn nhiệm, bãi nhiệm, nhân sự, đề án,
phương hướng, phương hướng nhiệm vụ, nhiệm vụ giải pháp, nhóm giải pháp, giải pháp chủ yếu, chủ trương,
đường lối, chủ trương đường lối, chủ trương chính sách, nghị quyết đại hội, đại hội đảng bộ, đại hội chi bộ,
nhiệm kỳ tới, giữa nhiệm kỳ, nửa nhiệm kỳ, đầu nhiệm kỳ, cuối nhiệm kỳ, năm cuối, sáu tháng, sáu tháng đầu năm,
sáu tháng cuối năm, quý, tháng đầu năm, cuối năm, đầu năm, hằng năm, hàng năm, định kỳ, thường kỳ,
kỳ họp thường lệ, kỳ họp chuyên đề, chuyên đề, giao ban, hội nghị giao ban, hội nghị ban chấp hành, mở rộng,
ban chấp hành đảng bộ, đảng ủy xã, ủy ban nhân dân xã, hội đồng nhân dân xã, thường trực đảng ủy,
thường trực hội đồng nhân dân, đoàn công tác, đoàn giám sát, làm việc với, buổi làm việc, tại buổi làm việc,
tiếp thu, tiếp thu ý kiến, giải trình, làm rõ, nghiêm túc, thẳng thắn, dân chủ, dân chủ cơ sở,
quy chế, quy chế dân chủ, quy chế làm việc, quy định, hướng dẫn, văn bản, kịp thời, đầy đủ, chặt chẽ,
quyết liệt, đồng bộ, toàn diện, hiệu lực, hiệu lực hiệu quả, hiệu quả, năng lực, sức chiến đấu,
năng lực lãnh đạo, sức chiến đấu của tổ chức đảng, đoàn kết thống nhất, thống nhất, thống nhất cao,
nhất trí, biểu quyết, biểu quyết thông qua, tán thành, tỷ lệ tán thành, thông qua nghị quyết,
tờ trình, dự thảo, dự thảo nghị quyết, báo cáo chính trị, báo cáo kiểm điểm, báo cáo thẩm tra, thẩm tra,
ban kinh tế xã hội, ban pháp chế, pháp chế, ban kinh tế, ban văn hóa xã hội, ủy ban mặt trận tổ quốc,
mặt trận tổ quốc việt nam, các tổ chức chính trị xã hội, tổ chức chính trị xã hội, chính trị xã hội,
đoàn thể chính trị xã hội, hội viên, đoàn viên, thanh niên, thiếu nhi, trẻ em, chăm sóc sức khỏe,
sức khỏe, khám chữa bệnh, khám bệnh, dân số, kế hoạch hóa gia đình, sinh con thứ ba, bình đẳng giới,
du lịch, dịch vụ, thương mại, thương mại dịch vụ, tiểu thủ công nghiệp, công nghiệp, làng nghề, ngành nghề,
hợp tác xã, tổ hợp tác, doanh nghiệp, liên kết, chuỗi giá trị, tiêu thụ, tiêu thụ sản phẩm, sản phẩm,
ocop, sản phẩm ocop, thương hiệu, nhãn hiệu, ứng dụng, khoa học kỹ thuật, kỹ thuật, khoa học,
cơ giới hóa, giống mới, giống cây trồng, cánh đồng, cánh đồng mẫu lớn, vụ đông, vụ đông xuân,
vụ mùa, vụ xuân, vụ hè thu, lúa, ngô, khoai, sắn, chè, cây ăn quả, cây công nghiệp, cây dược liệu,
trồng rừng, rừng trồng, bảo vệ rừng, phát triển rừng, phòng cháy, chữa cháy, phòng cháy chữa cháy,
phòng chống thiên tai, thiên tai, lụt bão, phòng chống lụt bão, mưa bão, hạn hán, thu nhập bình quân,
thu nhập bình quân đầu người, đầu người, triệu đồng, tỷ đồng, tăng so với, so với cùng kỳ, cùng kỳ,
kế hoạch năm, kế hoạch đề ra, nghị quyết đề ra, vượt kế hoạch, đạt và vượt, chưa đạt, cơ bản hoàn thành,
đã đạt được, đạt được, những kết quả, kết quả đạt được, kết quả quan trọng, đáng ghi nhận, quan trọng,
toàn diện, bước đầu, nhất định, tích cực, rõ nét, rõ rệt, tiến bộ, chuyển biến tích cực,
còn chậm, chưa cao, chưa kịp thời, chưa thường xuyên, còn hạn chế, tồn tại hạn chế, khuyết điểm,
nguyên nhân, nguyên nhân chủ quan, nguyên nhân khách quan, bài học kinh nghiệm, kinh nghiệm,
rút kinh nghiệm, đôn đốc, chỉ đạo điều hành, điều hành, quản lý nhà nước, tham mưu, tham mưu cho,
phụ trách, chủ trì, dự và chỉ đạo, tới dự và chỉ đạo, tham dự hội nghị, về dự, đến dự, có mặt,
vắng mặt, chủ tọa, đoàn chủ tịch, thư ký, ban thư ký, khai mạc hội nghị, bế mạc hội nghị, bế mạc kỳ họp,
khai mạc kỳ họp, phát biểu khai mạc, phát biểu bế mạc, diễn văn, diễn văn khai mạc, chào mừng,
thay mặt, trân trọng, cảm ơn, chúc mừng, biểu dương, khen thưởng, bằng khen, giấy khen, giấy chứng nhận,
tặng bằng khen, tặng giấy khen, danh hiệu, thành tích xuất sắc, tập thể cá nhân, điển hình, tiên tiến,
điển hình tiên tiến, gương điển hình, người tốt việc tốt, mô hình, mô hình hay, cách làm hay,
sáng kiến, sáng tạo, dân vận khéo, phong trào thi đua, thi đua yêu nước, cuộc vận động, toàn dân,
toàn dân đoàn kết, đại đoàn kết, khối đại đoàn kết, đoàn kết toàn dân, ngày hội đại đoàn kết,
quỹ, quỹ vì người nghèo, vì người nghèo, ủng hộ, đóng góp, hiến đất, ngày công, góp công, góp sức,
chung tay, đồng lòng, chung sức, sự đồng thuận, đồng thuận, niềm tin, lòng tin, tin tưởng,
quyết tâm, quyết tâm chính trị, nỗ lực phấn đấu, phấn đấu hoàn thành, về đích, về đích nông thôn mới,
đạt chuẩn nông thôn mới, xã đạt chuẩn, tiêu chí nông thôn mới, bộ tiêu chí, thôn đạt chuẩn,
khu dân cư kiểu mẫu, vườn mẫu, thôn kiểu mẫu, xanh sạch đẹp, sáng xanh sạch đẹp, cảnh quan,
cảnh quan môi trường, trật tự đô thị, đô thị, đô thị văn minh, văn minh, văn minh đô thị, nếp sống,
nếp sống văn minh, cưới hỏi, việc cưới, việc tang, lễ hội, tín ngưỡng, tôn giáo, dân tộc thiểu số,
đồng bào, đồng bào dân tộc, vùng sâu, vùng xa, vùng đặc biệt khó khăn, đặc biệt khó khăn,
tổ chức thực hiện, chiến sĩ thi đua, lao động tiên tiến, trưởng ban, phó trưởng ban, chủ nhiệm, dứt điểm,
tổng hợp, ban hành, thu hút, lồng ghép, vững chắc, truyền thông, nội vụ, ngư nghiệp, phó bí thư thường trực,
ủy viên ban thường vụ, văn phòng đảng ủy, công chức văn phòng, địa chính, tài chính, kế toán, tư pháp hộ tịch,
văn hóa xã hội, lao động thương binh xã hội, chỉ huy trưởng, ban chỉ huy quân sự, trưởng công an, bí thư đoàn,
tổ trưởng, tổ dân phố, khu phố, thôn bản, người có uy tín, già làng, trưởng bản, không chuyên trách,
chuyên trách, cán bộ công chức, viên chức, người lao động, đoàn kết nội bộ, nội bộ, quy chế phối hợp,
thống nhất hành động, xuyên suốt, nhất quán, thiết thực, hiệu quả thiết thực, sâu rộng, rộng khắp,
cụ thể hóa, thể chế hóa, tồn đọng, kéo dài, phức tạp, nổi cộm, bức xúc, điểm nóng, an ninh nông thôn,
chuyển đổi cơ cấu, cơ cấu cây trồng, hiệu quả kinh tế, giá trị kinh tế, kinh tế nông nghiệp, thu ngân sách nhà nước,
vượt dự toán, dự toán năm, kế hoạch năm, chỉ tiêu nghị quyết, chỉ tiêu kế hoạch, chỉ tiêu chủ yếu,
nghị quyết chuyên đề, nghị quyết đại hội đảng bộ, chương trình hành động, kế hoạch hành động, lộ trình,
`;

const TIER1 = `
tinh gọn, bộ máy, tinh gọn bộ máy, tinh giản, tinh giản biên chế, biên chế, vị trí việc làm, chức danh,
tiêu chuẩn, chức vụ, chức năng, nhiệm vụ quyền hạn, quyền hạn, thẩm quyền, trách nhiệm giải trình,
công khai, minh bạch, công khai minh bạch, phòng chống tham nhũng, tham nhũng, lãng phí, tiêu cực,
thực hành tiết kiệm, tiết kiệm, chống lãng phí, kê khai, tài sản, thu nhập, kê khai tài sản,
cơ sở vật chất, trang thiết bị, thiết bị, đầu tư xây dựng, nâng cấp, sửa chữa, cải tạo, khởi công,
khánh thành, bàn giao, đưa vào sử dụng, nghiệm thu, thanh toán, quyết toán công trình, nhà thầu,
thi công, giám sát thi công, chất lượng công trình, tiến độ thi công, hành lang, hành lang an toàn,
lấn chiếm, lấn chiếm đất, xây dựng trái phép, trái phép, khai thác trái phép, vận chuyển trái phép,
lâm sản, khai thác, khai thác khoáng sản, cát sỏi, bảo vệ môi trường, ô nhiễm, ô nhiễm môi trường,
thu gom, thu gom rác, xử lý rác thải, chất thải, nước thải, chuồng trại, khu chăn nuôi, di dời,
dịch tả lợn châu phi, lở mồm long móng, cúm gia cầm, viêm da nổi cục, covid, dịch covid,
phòng chống dịch, tiêm chủng, tiêm chủng mở rộng, dinh dưỡng, suy dinh dưỡng, trẻ em suy dinh dưỡng,
vệ sinh an toàn thực phẩm, an toàn thực phẩm, thực phẩm, an toàn giao thông, tai nạn giao thông,
tai nạn, đuối nước, phòng chống đuối nước, bạo lực gia đình, phòng chống bạo lực gia đình, xâm hại,
mua bán người, di cư, di cư tự do, xuất khẩu lao động, lao động nông thôn, đào tạo nghề, dạy nghề,
giải quyết việc làm, tạo việc làm, thu nhập ổn định, ổn định cuộc sống, cuộc sống, đời sống nhân dân,
nâng cao đời sống, vật chất tinh thần, đời sống vật chất, đời sống tinh thần, chất lượng cuộc sống,
an cư, an cư lạc nghiệp, nhà đại đoàn kết, nhà tình nghĩa, nhà tình thương, sổ tiết kiệm,
tín dụng, tín dụng chính sách, ngân hàng chính sách, vốn vay, cho vay, ủy thác, dư nợ, nợ quá hạn,
tổ tiết kiệm, tổ vay vốn, quỹ tín dụng, kinh tế tập thể, kinh tế hộ, kinh tế trang trại, trang trại,
gia trại, kinh tế vườn, kinh tế rừng, kinh tế đồi rừng, vùng nguyên liệu, vùng sản xuất, sản xuất hàng hóa,
hàng hóa, nông sản, nông sản hàng hóa, giá trị sản xuất, tổng giá trị, giá trị gia tăng, thu nhập cao,
ứng dụng công nghệ cao, công nghệ cao, nông nghiệp công nghệ cao, nông nghiệp sạch, hữu cơ,
nông nghiệp hữu cơ, vietgap, an toàn sinh học, chăn nuôi an toàn, thủy lợi nội đồng, kênh nội đồng,
dồn điền đổi thửa, dồn điền, đổi thửa, tích tụ ruộng đất, tích tụ, ruộng đất, đất nông nghiệp, đất ở,
đất lâm nghiệp, đất công, đất công ích, giấy chứng nhận quyền sử dụng đất, quyền sử dụng đất,
cấp giấy chứng nhận, đo đạc, bản đồ, địa chính, hồ sơ địa chính, thống kê, kiểm kê, kiểm kê đất đai,
tổng điều tra, điều tra, rà soát hộ nghèo, hộ nghèo hộ cận nghèo, đa chiều, nghèo đa chiều, chuẩn nghèo,
tiêu chí nghèo, thoát nghèo bền vững, sinh kế, mô hình sinh kế, giảm nghèo nhanh, tái nghèo,
hộ mới thoát nghèo, thiếu hụt, dịch vụ xã hội cơ bản, tiếp cận, tiếp cận dịch vụ, trường chuẩn,
trường đạt chuẩn, kiểm định chất lượng, chất lượng giáo dục, giáo dục đào tạo, mầm non, tiểu học,
trung học cơ sở, trung học phổ thông, học sinh giỏi, tốt nghiệp, tuyển sinh, huy động trẻ, ra lớp,
duy trì sĩ số, sĩ số, trẻ mầm non, bán trú, nội trú, học bổng, khuyến học khuyến tài, xã hội học tập,
học tập suốt đời, trung tâm học tập cộng đồng, cộng đồng, sinh hoạt cộng đồng, nhà sinh hoạt cộng đồng,
điểm sinh hoạt, thiết chế văn hóa, di tích, di tích lịch sử, lịch sử, di sản, bảo tồn, phát huy giá trị,
bản sắc, bản sắc văn hóa, văn hóa dân tộc, truyền thống, truyền thống cách mạng, cách mạng,
giáo dục truyền thống, lịch sử đảng bộ, kỷ niệm, ngày thành lập, thành lập đảng, ngày thành lập đảng,
mừng đảng mừng xuân, mừng xuân, tết nguyên đán, nguyên đán, ngày lễ, ngày lễ lớn, sự kiện, sự kiện chính trị,
thông tin tuyên truyền, đài truyền thanh, truyền thanh, hệ thống truyền thanh, loa truyền thanh,
cổng thông tin, cổng thông tin điện tử, trang thông tin, mạng xã hội, không gian mạng, thông tin xấu độc,
dư luận, dư luận xã hội, tâm tư nguyện vọng, tâm tư, nguyện vọng, tình hình tư tưởng, nắm bắt,
nắm bắt tình hình, định hướng, định hướng dư luận, bảo vệ nền tảng tư tưởng, nền tảng tư tưởng,
đấu tranh, phản bác, quan điểm sai trái, thù địch, luận điệu, âm mưu, diễn biến hòa bình, bạo loạn lật đổ,
chủ quyền, biên giới, biển đảo, toàn vẹn lãnh thổ, lãnh thổ, độc lập, hòa bình, hữu nghị, đối ngoại,
hợp tác, hội nhập, quốc tế, khu vực phòng thủ, phòng thủ, diễn tập, diễn tập khu vực phòng thủ,
huấn luyện, lực lượng, lực lượng vũ trang, vũ trang, dân quân thường trực, dự bị động viên, động viên,
công an xã, công an chính quy, an ninh nông thôn, bảo vệ an ninh tổ quốc, toàn dân bảo vệ an ninh tổ quốc,
tổ tự quản, tự quản, tổ an ninh, tổ hòa giải, hòa giải viên, trợ giúp pháp lý, pháp lý, tư pháp, hộ tịch,
chứng thực, đăng ký, đăng ký kết hôn, khai sinh, khai tử, cư trú, đăng ký cư trú, căn cước, căn cước công dân,
định danh, định danh điện tử, đề án, thanh toán không dùng tiền mặt, không dùng tiền mặt, số hóa,
chính quyền số, kinh tế số, xã hội số, công dân số, chữ ký, hồ sơ công việc, văn bản điện tử,
họp trực tuyến, trực tuyến, phần mềm, ứng dụng, kết nối, liên thông, đường truyền, hạ tầng,
hạ tầng kinh tế xã hội, hạ tầng giao thông, kết cấu hạ tầng, hạ tầng nông thôn, hạ tầng số,
mạng lưới, lưới điện, điện sinh hoạt, sử dụng điện, nước sinh hoạt, hợp vệ sinh, nước hợp vệ sinh,
nhà tiêu, nhà tiêu hợp vệ sinh, công trình vệ sinh, vệ sinh, nghĩa trang, nghĩa địa, hỏa táng,
chợ, chợ nông thôn, bưu điện, điểm bưu điện, văn hóa xã, sân thể thao, nhà văn hóa thôn, thể thao,
văn nghệ, văn hóa văn nghệ, giao lưu, hội thi, hội diễn, liên hoan, giải bóng đá, bóng chuyền,
câu lạc bộ, thành lập câu lạc bộ, hội viên mới, phát triển hội viên, đoàn viên mới, kết nạp đoàn viên,
xung kích, tình nguyện, thanh niên tình nguyện, mùa hè xanh, tháng thanh niên, khởi nghiệp,
phụ nữ khởi nghiệp, ngày phụ nữ, gia đình hạnh phúc, ấm no, ấm no hạnh phúc, giàu mạnh, dân giàu,
dân giàu nước mạnh, công bằng, dân chủ công bằng văn minh, văn minh, sạch đẹp, xanh sạch,
`;

/** Ordinary phrases one mark away from a genre phrase; never "corrected" into it. */
export const LEGITIMATE_PHRASES = `
chi tiêu, chi tiêu công, chi trả, chi phí, chi hội, chi đoàn, chi ủy, chỉ định, chí hướng, chí khí, ý chí,
phần đầu, phần đất, phần lớn, phần nào, phần việc, phần thưởng, phấn khởi,
vẫn còn, vẫn là, vẫn được, vẫn chưa, vẫn có, vấn đề,
bể bạt, bể nước, bể chứa, bể bơi, màn bạc,
nảy ra, bày ra, đặt ra, dân cử, đại biểu dân cử, cơ quan dân cử,
cả nhiệm, cả nhiệm kỳ, cả năm, cả nước,
trưởng thôn, trường học, nhà trường, thị trường, hiện trường, chiến trường, lập trường, trường hợp,
tăng trưởng, kiên cường, cương quyết, cương vị, cương lĩnh, kỷ cương, đề cương,
quan sát, khảo sát, sâu sát, bám sát, sát sao, kiểm soát, soát xét, sát hạch,
phòng họp, văn phòng, phòng ban, phòng khám, dự phòng, phòng thủ, phòng chống,
thông tin, thông báo, thông tư, phổ thông, lưu thông, thông suốt,
thương binh, thương mại, yêu thương, tình thương, thương tích,
hiện nay, hiện tại, hiện trạng, xuất hiện, hiến đất, hiến pháp, hiến máu,
cư trú, cư dân, định cư, bầu cử, ứng cử, đề cử, cử tri, cử nhân,
sử sách, lịch sử, quân sự, quân đội, quân nhân, quân dân, hành quân, tòng quân,
trong đó, trong năm, trong tháng, trong khi, trong số, trong tâm trí, trong tâm hồn,
tâm lý, tâm trí, tâm hồn, tâm tư, tâm huyết, tâm điểm, tâm linh, tâm thế, tâm sự,
đạo đức, đạo lý, đạo luật, nhân đạo, tạp chí, đồng chí, mẫu giáo, mẫu mã, kiểu dáng,
tư duy, tự do, tự giác, tự nguyện, tự quản, tư pháp, tư vấn, tư nhân, tư cách, tư thế, đầu tư,
quần chúng, quần áo, quần thể, nghĩ ra, suy nghĩ, ý nghĩa, nghĩa vụ, chủ nghĩa, nghĩa trang,
hình thức, mô hình, loại hình, địa hình, tình huống, tình nghĩa, học viện, bệnh viện, thư viện,
trải qua, đi qua, bỏ qua, năm qua, vừa qua, cho biết, hiểu biết, được biết, phân tích, tích lũy,
tín dụng, ứng dụng, tuyển dụng, vận dụng, áp dụng, lợi dụng, hợp tác, hợp đồng, tổng hợp, phù hợp,
danh sách, sách vở, cung cấp, cấp phát, cấp bách, cấp cứu, khẩn cấp, sơ bộ, sơ cấp, sơ đồ, sơ cứu,
giao ban, bàn bạc, ban ngành, ban hành, đồng bộ, toàn bộ, cán bộ, bộ phận, chi bộ,
toàn thể, toàn dân, toàn bộ, toàn quốc, toàn tỉnh, toàn huyện, toàn xã, tiền phong, tiền đề, tiền mặt,
phân công, thành công, tấn công, công an, công bố, công khai, công việc, công dân, công trình, cam kết,
quy mô, trường lớp, thay đổi, trao đổi, biến đổi, đổi mới, thay thế, thay mặt, cùng với, so với, gắn với,
tổng kết, liên kết, đoàn kết, kết thúc, kết hợp, kết luận, kết nối, kết nạp, ký kết, gắn kết, tập kết,
hội trường, nhà văn hóa, tại chỗ, tại chức, hiện đại, đại diện, đại hội, đại biểu, đại đoàn kết, vĩ đại,
thời gian, thời kỳ, thời điểm, kịp thời, đồng thời, tạm thời, thời tiết, lâm thời, thời sự,
dự kiến, dự báo, dự thảo, dự trữ, tham dự, can thiệp, tham khảo, tham quan, tham vấn,
phát hiện, phát động, phát sinh, phát hành, bộc phát, xuất phát, tự phát, phát thanh, phát ngôn,
nâng cấp, nâng đỡ, vận hành, vận chuyển, vận tải, vận động, thuận lợi, thuận tiện, lợi ích, lợi thế,
hướng dẫn, hướng tới, xu hướng, phương hướng, định hướng, ảnh hưởng, thụ hưởng, hưởng ứng, hưởng lợi,
tình cảm, tình yêu, nghĩa tình, thân tình, cảm tình, nhiệt tình, sự tình, tình thế,
đầu tiên, tiên tiến, ưu tiên, tiên quyết, bước tiến, tiến hành, tiến tới, cải tiến, tiến bộ,
sau đó, trước đó, do đó, vì vậy, tuy vậy, như vậy, bởi vậy, vì thế, do vậy, nhờ đó,
ngày càng, hằng ngày, hàng ngày, ngày mai, ngày nay, ngày đêm, ban ngày, ban đêm,
có thể, cụ thể, thể hiện, thể thao, thể chế, thể lực, tập thể, đoàn thể, cá thể, chủ thể, tổng thể,
nhân viên, nhân lực, nhân tố, nhân sự, cá nhân, nguyên nhân, bệnh nhân, công nhân, nông dân,
giải thích, giải đáp, giải thưởng, giải ngân, giải thể, giải tỏa, hòa giải, giải trình,
tâm dịch, tâm bão, tâm niệm, tâm khảm, tâm can, tâm thức, tâm nguyện, tâm giao, tâm đắc, tâm trạng, tâm thần,
đấu giá, đấu thầu, đấu tranh, đấu nối, đấu trường, mẩu chuyện, mẩu tin, mẩu giấy,
vẫn tiếp tục, vẫn đang, vẫn duy trì, vẫn giữ, vẫn đạt, vẫn bảo đảm, vẫn đảm bảo, vẫn cần, vẫn phải, vẫn không,
vẫn tồn tại, vẫn xảy ra, vẫn diễn ra, vẫn ổn định, vẫn thấp, vẫn cao, vẫn chậm, vẫn tăng, vẫn giảm, vẫn luôn,
hóa chất, hoá chất, phẩm chất, bản chất, tính chất, thể chất, khoáng chất, tạp chất, chất thải, chất đốt,
bằng khen, cho vay, cho phép, có thể, có công, có hiệu quả, được biết,
thương vụ, văn phong, công tắc, đoạn kết, điện tích, người dẫn, xẩy ra, công ăn, công ăn việc làm, quân sư,
dẫn quân, hóa giải, trong sách, chưa đặt, đặt được, cám ơn, động lòng, đồ thị, họ nghèo,
cộng tác, cộng tác viên, cộng đồng, cộng sản, tổng cộng, mỗi trường, mỗi người, mỗi năm,
tiếp nhận, xác nhận, công nhận, thừa nhận, ghi nhận, cảm nhận, nhìn nhận, giao nhận, tiếp nhận dân,
`;

function parse(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.length > 0)
    .map((s) => s.normalize('NFC').toLowerCase());
}

// each list parsed once (for LISTED_PHRASES and GENRE_PHRASES)
const TIER3_PHRASES = parse(TIER3);
const TIER2_PHRASES = parse(TIER2);
const TIER1_PHRASES = parse(TIER1);

/** The phrases exactly as listed (no derived sub-phrases): real words and collocations. */
export const LISTED_PHRASES: ReadonlySet<string> = new Set([TIER3_PHRASES, TIER2_PHRASES, TIER1_PHRASES].flat().filter((p) => p.includes(' ')));

/** Phrase (lower case, NFC, single spaces) → tier 1..3. Sub-phrases of longer entries are included. */
export const GENRE_PHRASES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (phrase: string, tier: number): void => {
    if ((map.get(phrase) ?? 0) < tier) map.set(phrase, tier);
  };
  const tiers: Array<[string[], number]> = [
    [TIER3_PHRASES, 3],
    [TIER2_PHRASES, 2],
    [TIER1_PHRASES, 1],
  ];
  for (const [list, tier] of tiers) {
    for (const phrase of list) {
      const words = phrase.split(' ');
      if (words.length < 2) continue;
      add(phrase, tier);
      // sub-phrases of a long entry are known phrases too (one tier lower, at least 1)
      for (let n = 2; n < words.length; n++) {
        for (let i = 0; i + n <= words.length; i++) add(words.slice(i, i + n).join(' '), Math.max(1, tier - 1));
      }
    }
  }
  return map;
})();

/** Ordinary phrases that must not be corrected into a genre phrase (lower case, NFC). */
export const LEGITIMATE: ReadonlySet<string> = new Set(parse(LEGITIMATE_PHRASES));
