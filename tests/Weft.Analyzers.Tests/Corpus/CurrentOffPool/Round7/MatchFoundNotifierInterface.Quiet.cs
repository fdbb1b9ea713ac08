// Quiet twin of MatchFoundNotifierInterface: the rules are read on the worker before subscribing.
using System;
using System.Collections.Immutable;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7a.MatchFoundNotifierInterface;

public sealed record MatchFound(string MatchId, ImmutableArray<string> Players);

public interface IMatchService
{
    void OnMatchFound([RunsOnAnotherThread] Action<MatchFound> callback);
}

[ThreadLocalSlot]
public sealed partial class LobbyRules
{
    public int MinPlayers { get; init; } = 2;
    public string DefaultMap { get; init; } = "arena";
}

public sealed class MatchLauncher
{
    private readonly Action<string, string> _launch;

    public MatchLauncher(Action<string, string> launch) => _launch = launch;

    public void Subscribe(IMatchService service)
    {
        LobbyRules rules = LobbyRules.Current;
        service.OnMatchFound(found =>
        {
            if (found.Players.Length >= rules.MinPlayers) _launch(found.MatchId, rules.DefaultMap);
        });
    }
}

public static class MatchIds
{
    public static bool IsValid(string id) => id.Length == 12;

    public static string Short(string id) => id.Length <= 6 ? id : id[..6];
}
