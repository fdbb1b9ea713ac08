// Quiet twin of RoomFooterStringBuilder: the footer crosses as a string.
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
    public void SetFooter(string footer) => _footer = footer;
}

public static class FooterAdmin
{
    public static Task PushAsync(WorkerPool pool, string rulesUrl, string motd)
    {
        var footer = new StringBuilder();
        footer.Append("Rules: ").AppendLine(rulesUrl);
        if (motd.Length > 0) footer.Append("MOTD: ").Append(motd);
        return TemplateCache.SetFooterOnAllWorkersAsync(pool, footer.ToString());
    }
}

public static class FooterRules
{
    public const int MaxLines = 3;

    public static bool IsSafeUrl(string url) =>
        System.Uri.TryCreate(url, System.UriKind.Absolute, out var uri) && uri.Scheme == System.Uri.UriSchemeHttps;

    public static string Trim(string motd) => motd.Length <= 120 ? motd : motd[..117] + "...";
}
