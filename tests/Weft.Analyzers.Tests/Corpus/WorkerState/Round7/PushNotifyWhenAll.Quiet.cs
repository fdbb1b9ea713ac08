// Quiet twin of PushNotifyWhenAll: the worker marks members after WhenAll, on its own loop.
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.PushNotifyWhenAll;

public interface IPushGateway
{
    Task SendAsync(string user, string text);
}

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class NotifyState
{
    public HashSet<string> Notified { get; } = new();
}

public sealed class OfflineNotifier
{
    private readonly IPushGateway _push;

    public OfflineNotifier(IPushGateway push) => _push = push;

    public async Task NotifyAsync(IReadOnlyList<string> offline, string text)
    {
        NotifyState state = NotifyState.Current;
        string[] pending = offline.Where(u => !state.Notified.Contains(u)).ToArray();
        await Task.WhenAll(pending.Select(user => _push.SendAsync(user, text)));
        foreach (string user in pending) state.Notified.Add(user);
    }
}

public static class PushText
{
    public const int MaxLength = 140;

    public static string Clip(string text) => text.Length <= MaxLength ? text : text[..(MaxLength - 1)] + "…";
}
