namespace JourneyKit.Testing.Generators;

/// <summary>The words random maps are written in: journey-mapping labels per language, and hostile text.</summary>
internal static class Vocabulary
{
    public static string[] Steps(string language) => language switch
    {
        "de" => ["Produkt suchen", "Preise vergleichen", "Bewertungen lesen", "Bezahlen", "Lieferung abwarten", "Kundenservice kontaktieren", "Rücksendung anmelden", "Konto anlegen"],
        "zh" => ["搜索产品", "比较价格", "阅读评价", "付款", "等待送货", "联系客服", "申请退货", "注册账户"],
        "bg" => ["Търсене на продукт", "Сравняване на цени", "Четене на отзиви", "Плащане", "Очакване на доставка", "Връзка с поддръжката", "Връщане на стока", "Създаване на профил"],
        "nb" => ["Søke etter produkt", "Sammenligne priser", "Lese omtaler", "Betale", "Vente på levering", "Kontakte kundeservice", "Returnere varen", "Opprette konto"],
        _ => ["Searches for a product", "Compares prices", "Reads reviews", "Pays", "Waits for delivery", "Contacts support", "Returns the item", "Creates an account"],
    };

    public static string[] Stages(string language) => language switch
    {
        "de" => ["Aufmerksamkeit", "Erwägung", "Kauf", "Lieferung", "Bindung"],
        "zh" => ["认知", "考虑", "购买", "交付", "忠诚"],
        "bg" => ["Осъзнаване", "Обмисляне", "Покупка", "Доставка", "Лоялност"],
        "nb" => ["Bevissthet", "Vurdering", "Kjøp", "Levering", "Lojalitet"],
        _ => ["Awareness", "Consideration", "Purchase", "Delivery", "Loyalty"],
    };

    public static string[] Pains(string language) => language switch
    {
        "de" => ["Versandkosten erst am Ende sichtbar", "Größenangaben uneinheitlich", "Lange Wartezeit am Telefon"],
        "zh" => ["运费最后才显示", "尺码不一致", "电话等待时间长"],
        "bg" => ["Цената на доставката се вижда накрая", "Размерите се различават", "Дълго чакане по телефона"],
        "nb" => ["Fraktkostnad vises først til slutt", "Størrelser varierer", "Lang ventetid på telefon"],
        _ => ["Delivery cost shown only at the end", "Sizes differ between brands", "Long wait on the phone"],
    };

    public static string[] Touchpoints(string language) => language switch
    {
        "de" => ["Webseite", "App", "Filiale", "Hotline"],
        "zh" => ["网站", "应用", "门店", "热线"],
        "bg" => ["Уебсайт", "Приложение", "Магазин", "Горещ телефон"],
        "nb" => ["Nettside", "App", "Butikk", "Kundetelefon"],
        _ => ["Website", "App", "Store", "Hotline"],
    };

    /// <summary>Text users paste: markup and script, quotes and escapes, formula prefixes, placeholders, control and bidirectional characters, combining marks, emoji.</summary>
    public static readonly string[] Hostile =
    [
        "</script><script>alert(1)</script>", "<b>bold</b> & <i>", "\"quoted\" 'single'", "back\\slash", "=SUM(A1)", "+cmd|' /C calc'!A0",
        "{0} {context} {reason}", "%s %d", "line\nbreak", "tab\there", "\u0007bell", "\u202Ereversed\u202C", "עברית mixed", "e\u0301 combining",
        "🎉🍽 emoji", "zero\u200Bwidth", "**bold** _it_ `code`", "| pipe |", "# heading", "${injection}",
    ];
}
