// A StringBuilder handed to every worker.
using System.Text;
using System.Threading.Tasks;
using Weft;

namespace Corpus.Broadcast.Builder;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Banner
{
    private string _text = "";

    [WorkerUpdate]
    private void Set(StringBuilder text) => _text = text.ToString();

    public string Text => _text;
}

public static class BannerAdmin
{
    public static Task SetAsync(WorkerPool pool, string motd)
    {
        var text = new StringBuilder("Welcome. ").Append(motd);
        return Banner.SetOnAllWorkersAsync(pool, text); // expect: WEFT0007
    }
}
