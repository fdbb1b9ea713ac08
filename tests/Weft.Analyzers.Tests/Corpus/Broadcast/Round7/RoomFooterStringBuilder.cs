// Chat broker: main assembles the room footer (rules link, MOTD) in a StringBuilder and pushes it to every worker's
// template cache with the generated posting method taking the builder itself. One-token twin: footer.ToString() and a
// string parameter.
using System.Text;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.RoomFooterStringBuilder;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class TemplateCache
{
    private string _footer = "";

    public string Render(string body) => body + "\n" + _footer;

    [WorkerUpdate]
    public void SetFooter(StringBuilder footer) => _footer = footer.ToString();
}

public static class FooterAdmin
{
    public static Task PushAsync(WorkerPool pool, string rulesUrl, string motd)
    {
        var footer = new StringBuilder();
        footer.Append("Rules: ").AppendLine(rulesUrl);
        if (motd.Length > 0) footer.Append("MOTD: ").Append(motd);
        return TemplateCache.SetFooterOnAllWorkersAsync(pool, footer); // expect: WEFT0007
    }
}

public static class FooterRules
{
    public const int MaxLines = 3;

    public static bool IsSafeUrl(string url) =>
        System.Uri.TryCreate(url, System.UriKind.Absolute, out var uri) && uri.Scheme == System.Uri.UriSchemeHttps;

    public static string Trim(string motd) => motd.Length <= 120 ? motd : motd[..117] + "...";
}
