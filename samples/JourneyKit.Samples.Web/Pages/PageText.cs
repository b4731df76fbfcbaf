using JourneyKit.Localization;

namespace JourneyKit.Samples.Web.Pages;

/// <summary>
/// The words of the application's own pages in each built-in language; the map's picture, findings and changelog come
/// in the same language from JourneyKit itself. A product would keep these in its own resource files.
/// </summary>
public static class PageText
{
    private static readonly string[] Keys =
        ["app", "paste", "upload", "format", "auto", "read", "revisions", "picture", "findings", "fix", "none", "analysis",
         "conversion", "downloads", "compare", "changes", "visual", "merge", "base", "ours", "theirs", "conflicts", "pick", "language", "charts", "show"];

    private static readonly Dictionary<string, string[]> Texts = new()
    {
        ["en"] = ["JourneyKit in a web application", "Paste a map (JSON or Mermaid)", "…or upload a file", "Format", "recognise", "Read the map", "Revisions", "The map", "Findings", "Fix", "No findings.", "Analysis",
                  "complete the journey", "Download", "Compare with revision", "Changes", "The changes, marked", "Merge two edits of the same base", "Base", "Ours", "Theirs", "Conflicts", "Pick a side for each conflict", "Language", "Charts", "Show"],
        ["de"] = ["JourneyKit in einer Webanwendung", "Karte einfügen (JSON oder Mermaid)", "…oder eine Datei hochladen", "Format", "erkennen", "Karte lesen", "Revisionen", "Die Karte", "Befunde", "Behebung", "Keine Befunde.", "Analyse",
                  "schließen die Journey ab", "Herunterladen", "Vergleichen mit Revision", "Änderungen", "Die Änderungen, markiert", "Zwei Bearbeitungen derselben Basis zusammenführen", "Basis", "Unsere", "Ihre", "Konflikte", "Wählen Sie für jeden Konflikt eine Seite", "Sprache", "Diagramme", "Anzeigen"],
        ["zh-Hans"] = ["网页应用中的 JourneyKit", "粘贴旅程图（JSON 或 Mermaid）", "……或上传文件", "格式", "自动识别", "读取旅程图", "修订版本", "旅程图", "检查结果", "修复方法", "没有检查结果。", "分析",
                       "完成旅程", "下载", "与修订版本比较", "变更", "标记出的变更", "合并同一基础上的两次编辑", "基础", "我方", "对方", "冲突", "为每个冲突选择一方", "语言", "图表", "显示"],
        ["bg"] = ["JourneyKit в уеб приложение", "Поставете карта (JSON или Mermaid)", "…или качете файл", "Формат", "разпознаване", "Прочети картата", "Ревизии", "Картата", "Констатации", "Поправка", "Няма констатации.", "Анализ",
                  "завършват пътя", "Изтегляне", "Сравни с ревизия", "Промени", "Промените, отбелязани", "Обединяване на две редакции на една основа", "Основа", "Нашата", "Тяхната", "Конфликти", "Изберете страна за всеки конфликт", "Език", "Диаграми", "Покажи"],
        ["nb"] = ["JourneyKit i en nettapplikasjon", "Lim inn et kart (JSON eller Mermaid)", "…eller last opp en fil", "Format", "gjenkjenn", "Les kartet", "Revisjoner", "Kartet", "Funn", "Løsning", "Ingen funn.", "Analyse",
                  "fullfører reisen", "Last ned", "Sammenlign med revisjon", "Endringer", "Endringene, markert", "Slå sammen to redigeringer av samme grunnlag", "Grunnlag", "Vår", "Deres", "Konflikter", "Velg en side for hver konflikt", "Språk", "Diagrammer", "Vis"],
    };

    /// <summary>Gets the page's text for a key in a language, in English where the language has none.</summary>
    public static string Get(JourneyLanguage language, string key)
    {
        ArgumentNullException.ThrowIfNull(language);
        var index = Array.IndexOf(Keys, key);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(key), key, "No such page text.");
        }

        return (Texts.TryGetValue(language.Tag, out var texts) ? texts : Texts["en"])[index];
    }
}
