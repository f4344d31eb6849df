package nl.kernteam.portal;

/**
 * How many items are kept from a family member now, on the household page as it shows
 * (issue 19): the texts and the link made once in Java, so that
 * {@code portal/withholding-section.jte} only places them.
 *
 * @param count how many, in words
 * @param href the withholding page
 */
record WithholdingView(String title, String count, String href, String open) {
}
