// Quiet twin of DnsAnswersChangedEvent: the handler is attached before the answers are published.
using System;
using System.Collections.Immutable;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;

namespace Corpus6b.DnsAnswersChangedEvent;

public sealed class AnswerSet
{
    public AnswerSet(string host, ImmutableArray<string> addresses) { Host = host; Addresses = addresses; }
    public string Host { get; }
    public ImmutableArray<string> Addresses { get; }
    public event Action<AnswerSet>? Superseded;
    public void Supersede(AnswerSet next) => Superseded?.Invoke(next);
}

public sealed class DnsPublisher
{
    private readonly Slot<AnswerSet> _slot;
    private readonly Action<string> _log;

    public DnsPublisher(WorkerPool pool, Action<string> log)
    {
        _slot = pool.AllocateSlot<AnswerSet>();
        _log = log;
    }

    public async Task UpdateAsync(string host, ImmutableArray<string> addresses)
    {
        var answers = new AnswerSet(host, addresses);
        answers.Superseded += next => _log($"{host}: {next.Addresses.Length} addresses");
        await _slot.PublishAsync(answers);
    }
}
