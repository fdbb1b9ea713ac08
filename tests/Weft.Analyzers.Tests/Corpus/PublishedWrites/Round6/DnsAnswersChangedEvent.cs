// DNS cache on main publishes an answer set to the workers; the answer set has a Changed event that the admin
// page subscribes to. Defect: the subscription is added after the answers were published — `+=` on the event
// writes the published object's delegate field while workers read it (WEFT0002, the page: "event +=/-= on a
// published object writes it" per the corpus's round-4 note; the page lists any assignment as a write).
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
        await _slot.PublishAsync(answers);
        answers.Superseded += next => _log($"{host}: {next.Addresses.Length} addresses"); // expect: WEFT0002
    }
}
