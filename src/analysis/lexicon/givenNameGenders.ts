// Given names that nearly always name a man or a woman: what "he" and "she" may refer to when no title says it.
// Names borne by both (Jordan, Leslie, Jean, Kim, Robin, …) are left out on purpose, and so are rare names known
// mostly through one public figure: the list is of common names, not of people in the news.

/** Given names of men. */
export const MASCULINE_GIVEN_NAMES = `
aaron abdul abdullah abraham adam adrian ahmed alan albert alberto alejandro aleksandr alexander alexei alfred ali
allen alvin andre andreas andrew andy angelo anthony antonio arnold arthur barry ben benjamin bernard bill billy bob
bobby boris brad bradley brandon brendan brent brett brian bruce bryan byron calvin carl carlos chad charles charlie
chris christian christopher chuck clarence clark claude clifford clint colin craig curtis dale dan daniel danny darren
dave david dean dennis derek dick diego dmitry don donald doug douglas duncan dustin dwight earl eddie edgar eduardo
edward edwin elijah elliot emmanuel enrique eric erik ernest eugene evan felix fernando francis francisco frank
franklin fred frederick gabriel gary gavin gene geoffrey george gerald gerard gilbert glenn gordon graham grant greg
gregory gustavo guy hamid hank harold harry harvey hassan hector henry herbert howard hugh hugo ian igor isaac ivan
jack jacob jake james jared jason javier jay jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel johan john
johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kirk kurt kyle lance
larry lawrence lenny leo leon leonard lewis lloyd lorenzo louis luca lucas luis luke luther malcolm manuel marco
marcus mario mark marshall martin marvin matt matthew maurice max michael miguel mike mitch mitchell mohamed mohammad
mohammed muhammad nathan neil nelson nicholas nick nigel noah norman oliver omar oscar owen pablo patrick paul pedro
pete peter phil philip pierre rafael ralph randy raul ray raymond rex ricardo richard rick rob robert roberto roger
roland ron ronald ross roy rupert russell ryan sam samuel scott sean sergei sergio seth shane sheldon simon stan
stanley stefan stephen steve steven stuart ted thomas tim timothy todd tom tommy tony travis trent trevor troy tyler
victor vincent vladimir walter warren wayne wesley will william willie xavier yusuf zachary
`;

/** Given names of women. */
export const FEMININE_GIVEN_NAMES = `
abigail ada adriana agnes aisha alexandra alice alicia alison amanda amber amy ana andrea angela angelina anita ann
anna anne annie april audrey barbara beatrice becky betty beverly bonnie brenda bridget brittany candace carla carly
carmen carol caroline carolyn catherine cathy cecilia charlotte cheryl christina christine cindy claire clara claudia
colleen connie cynthia daisy danielle daphne darlene deborah debra denise diana diane dolores donna doris dorothy
edith eileen elaine eleanor elena elisabeth elizabeth ella ellen emily emma erica erin esther eva evelyn fatima fiona
florence frances gabriela gail gina gloria grace gwen hannah harriet heather heidi helen hilary holly ida irene iris
isabel isabella jacqueline jane janet janice jasmine jeanne jennifer jenny jessica jill joan joanna joanne jodi
josephine joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie katrina kayla kimberly
kirsten kristen laura lauren leah lena lila lily linda lisa lois loretta lori louise lucia lucy lydia madeleine
madison maggie marcia margaret maria marian marie marilyn marina marjorie martha mary maureen megan melanie melinda
melissa meredith michelle mildred miriam molly monica nancy naomi natalie natasha nicole nina nora olga olivia pam
pamela patricia paula pauline peggy penny philippa phyllis priscilla rachel rebecca regina renee rhonda rita roberta
rosa rose rosemary ruth sally samantha sandra sarah sharon sheila shirley silvia sonia sophia sophie stacy stephanie
susan suzanne sylvia tamara tammy tanya teresa theresa tiffany tina ursula valerie vanessa vera veronica victoria
virginia vivian wanda wendy yvonne zoe
`;
