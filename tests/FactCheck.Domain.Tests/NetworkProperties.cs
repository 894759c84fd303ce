using System.Numerics;
using FactCheck.Domain;

namespace FactCheck.Domain.Tests;

/// <summary>
/// Laws of the engine on random networks of relations: worlds drawn from a true state, with events and
/// stocks, dates, decoy claims from another month, chains of up to four relations, constants and unclaimed links.
/// Each world is drawn from its seed, so a failure names the seed that shows it.
/// </summary>
public sealed class NetworkProperties
{
    private static readonly DateOnly Day = new(2025, 9, 11);

    /// <summary>A world whose every claim holds of one true state, in which every relation holds.</summary>
    internal sealed record Truthful(ClaimWorld World, Dictionary<string, decimal> Truth);

    internal static Truthful Draw(int seed)
    {
        var random = new Random(seed);
        var truth = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var quantities = new List<QuantityFact>();
        var relations = new List<RelationFact>();

        // Two or three whole bases, some of them stocks; then up to four relations, each giving a new quantity from two known ones.
        for (var i = 0; i < random.Next(2, 4); i++)
        {
            var key = $"base/{i}";
            truth[key] = random.Next(4) == 0 ? random.Next(1, 20) : random.Next(1, 3000);
            quantities.Add(new QuantityFact(key, key, "people", random.Next(3) == 0 ? QuantityKind.Stock : QuantityKind.Event, 31));
        }
        for (var r = 1; r <= random.Next(1, 5); r++)
        {
            var whole = quantities.Where(q => truth[q.Key] == Math.Round(truth[q.Key]) && truth[q.Key] > 0).ToList();
            var a = whole[random.Next(whole.Count)];
            var b = whole[random.Next(whole.Count)];
            // One relation in four writes its second operand as a number ("13 + 1"), not a quantity.
            var constant = random.Next(4) == 0;
            if (a == b && !constant) continue;
            var key = $"derived/{r}";
            var kind = (RelationKind)random.Next(5);
            var (small, large) = truth[a.Key] <= truth[b.Key] ? (a, b) : (b, a);
            if (constant) small = a;
            var (first, second) = kind == RelationKind.Percent ? (small.Key, large.Key) : (a.Key, b.Key);
            var secondValue = !constant ? truth[second]
                : kind == RelationKind.Percent ? truth[first] + random.Next(0, 100) : random.Next(1, 20);
            var secondRole = kind switch
            {
                RelationKind.Sum or RelationKind.PartsAtMost => RelationRole.Part,
                RelationKind.Difference => RelationRole.Subtrahend,
                _ => RelationRole.Whole,
            };
            var (unit, value, terms) = kind switch
            {
                RelationKind.Sum => ("people", truth[first] + secondValue,
                    new RelationTermFact[] { new(RelationRole.Total, key), new(RelationRole.Part, first) }),
                RelationKind.Difference => (Units.Integer, truth[first] - secondValue,
                    [new(RelationRole.Result, key), new(RelationRole.Minuend, first)]),
                RelationKind.PartsAtMost => ("people", truth[first] + (constant ? secondValue : 0) + random.Next(0, 50),
                    [new(RelationRole.Total, key), new(RelationRole.Part, first)]),
                RelationKind.Percent => (Units.Percent, 100 * truth[first] / secondValue,
                    [new(RelationRole.Result, key), new(RelationRole.Part, first)]),
                _ => ("points", truth[first] / secondValue,
                    [new(RelationRole.Result, key), new(RelationRole.Part, first)]),
            };
            // parts_at_most with two quantities bounds just the smaller one, as it always has.
            if (kind == RelationKind.PartsAtMost && !constant) terms = [new(RelationRole.Total, key), new(RelationRole.Part, small.Key)];
            else if (!constant) terms = [.. terms, new(secondRole, second)];
            truth[key] = value;
            quantities.Add(new QuantityFact(key, key, unit, QuantityKind.Event));
            // A number holds of the day it was written for: a relation of a stock and a constant names that day, or the
            // decoys of another month would be checked against it too.
            var dated = constant && quantities.First(q => q.Key == first).Kind == QuantityKind.Stock;
            relations.Add(new RelationFact(r, kind, terms, dated ? Day : null) { Constants = constant ? [new(secondRole, secondValue)] : [] });
        }

        // Claims of what is true, some quantities left unclaimed; one stock also gets consistent decoys from another month.
        var claims = new List<ClaimFact>();
        var decoyed = false;
        foreach (var quantity in quantities)
        {
            if (random.Next(3) == 0) continue;
            for (var n = random.Next(1, 3); n > 0; n--)
                claims.Add(new ClaimFact(claims.Count + 1, random.Next(1, 4), quantity.Key, Around(truth[quantity.Key], quantity.Unit, random),
                    Day.AddDays(quantity.Kind == QuantityKind.Stock ? random.Next(-10, 11) : random.Next(0, 6))));
            if (quantity.Kind == QuantityKind.Stock && !decoyed && random.Next(2) == 0)
            {
                decoyed = true;
                for (var n = 0; n < 2; n++)
                    claims.Add(new ClaimFact(claims.Count + 1, 9, quantity.Key, new ClaimFigures(Qualifier.Exactly, truth[quantity.Key] * 3 + 7), Day.AddDays(-200)));
            }
        }
        return new Truthful(new ClaimWorld(quantities, claims, relations), truth);
    }

    /// <summary>A claim the true value satisfies, in one of the ways articles write figures.</summary>
    private static ClaimFigures Around(decimal value, string unit, Random random)
    {
        var whole = value == Math.Round(value);
        if (!whole)
            return random.Next(2) == 0
                ? new ClaimFigures(Qualifier.Exact, Math.Round(value, 1, MidpointRounding.AwayFromZero), Precision: 0.1m)
                : new ClaimFigures(Qualifier.Between, null, Math.Floor(value), Math.Ceiling(value));
        var slack = random.Next(0, 20);
        return random.Next(8) switch
        {
            0 => new ClaimFigures(Qualifier.Exactly, value),
            1 => new ClaimFigures(Qualifier.Exact, value),
            2 => new ClaimFigures(Qualifier.AtLeast, value - slack),
            3 => new ClaimFigures(Qualifier.UpTo, value + slack),
            4 => new ClaimFigures(Qualifier.MoreThan, value - slack - 1),
            5 => new ClaimFigures(Qualifier.Approximately, value),
            6 => new ClaimFigures(Qualifier.Nearly, value),
            _ => new ClaimFigures(Qualifier.Between, null, value - slack, value + slack),
        };
    }

    private static bool IsConflict(Finding f) => f.Severity == Severity.Conflict;

    [Fact]
    public void A_world_drawn_from_one_true_state_has_no_conflict()
    {
        var withConstants = 0;
        for (var seed = 0; seed < 100_000; seed++)
        {
            var world = Draw(seed).World;
            var conflict = ConsistencyEngine.Check(world).Findings.FirstOrDefault(IsConflict);
            Assert.True(conflict is null, $"seed {seed}: {conflict?.Kind} {conflict?.Explanation}");
            if (world.Relations.Any(r => r.Constants.Count > 0)) withConstants++;
        }
        Assert.True(withConstants > 30_000, $"only {withConstants} worlds had a constant");
    }

    [Fact]
    public void A_claim_moved_outside_what_its_relations_allow_is_named_in_a_conflict()
    {
        var moved = 0;
        for (var seed = 0; seed < 20_000; seed++)
        {
            var world = Draw(seed).World;
            var report = ConsistencyEngine.Check(world);
            // A claim of a quantity some relation bounds above, moved past that bound.
            var target = (from relation in report.Relations
                          from term in relation.Terms
                          where term.Possible.High is not null && !term.Possible.IsEmpty
                          // What the other quantities' claims allow, not what the claim itself gave an unclaimed link.
                          where relation.Terms.All(t => t == term || world.Claims.Any(c => c.QuantityKey == t.QuantityKey))
                          from claim in world.Claims
                          where claim.QuantityKey == term.QuantityKey && (relation.From is null || world.Quantities.First(q => q.Key == claim.QuantityKey).Kind == QuantityKind.Event
                              || Math.Abs(claim.AsOf.DayNumber - Day.DayNumber) <= 10)
                          select (claim, High: term.Possible.High!.Value)).FirstOrDefault();
            if (target.claim is null) continue;
            var outside = target.claim with { Figures = new ClaimFigures(Qualifier.Exactly, Math.Ceiling(Math.Abs(target.High)) * 2 + 1000) };
            var after = ConsistencyEngine.Check(world with { Claims = [.. world.Claims.Select(c => c.Id == outside.Id ? outside : c)] });
            Assert.True(after.Findings.Any(f => IsConflict(f) && (f.Relation?.ClaimsOutOfLine.Contains(outside.Id) ?? f.ClaimIds.Contains(outside.Id))),
                $"seed {seed}: claim {outside.Id} moved to {outside.Figures.Value} was not named");
            moved++;
        }
        Assert.True(moved > 5_000, $"only {moved} worlds had a claim to move");
    }

    [Fact]
    public void The_report_does_not_depend_on_the_order_of_claims_or_relations()
    {
        for (var seed = 0; seed < 10_000; seed++)
        {
            var world = Draw(seed).World;
            var random = new Random(~seed);
            var shuffled = world with
            {
                Claims = world.Claims.OrderBy(_ => random.Next()).ToList(),
                Relations = world.Relations.OrderBy(_ => random.Next()).ToList(),
                Quantities = world.Quantities.OrderBy(_ => random.Next()).ToList(),
            };
            Assert.Equal(Fingerprint(ConsistencyEngine.Check(world)), Fingerprint(ConsistencyEngine.Check(shuffled)));
        }
    }

    private static string Fingerprint(ConsistencyReport report) => string.Join("\n",
        report.Findings.Select(f => $"{f.Kind} {f.Severity} {string.Join(",", f.ClaimIds)} {f.Explanation}")
            .Concat(report.Relations.Select(r => $"{r.RelationId} {r.Verdict} {string.Join(";", r.Terms.Select(t => $"{t.Agreed} {t.Possible}"))}")));

    [Fact]
    public void Exact_rational_arithmetic_gives_every_relation_the_same_verdict()
    {
        for (var seed = 0; seed < 20_000; seed++)
        {
            var world = Draw(seed).World;
            var units = world.Quantities.ToDictionary(q => q.Key, q => q.Unit);
            foreach (var relation in ConsistencyEngine.Check(world).Relations)
            {
                var fact = world.Relations.Single(r => r.Id == relation.RelationId);
                foreach (var (term, k) in relation.Terms.Select((t, k) => (t, k)))
                {
                    var others = relation.Terms.Where((_, j) => j != k).Select(t => (t.Role, Exact.Of(t.Agreed)))
                        .Concat(fact.Constants.Select(c => (c.Role, Exact.Of(Interval.Point(c.Value))))).ToList();
                    // As the engine does, whole numbers are taken from the implied interval widened by a relative 10^-24.
                    var exact = Exact.Implied(fact.Kind, term.Role, others);
                    var whole = Units.ValuesOf(units[term.QuantityKey]) is UnitValues.Whole or UnitValues.WholeNonNegative;
                    var implied = (whole ? exact.Widened(Tolerance) : exact).WithinDomain(units[term.QuantityKey]);
                    Assert.True(implied.IsEmpty == term.Possible.IsEmpty, $"seed {seed}, relation {fact.Id}, {term.QuantityKey}: exactly {implied}, engine {term.Possible}");
                    if (implied.IsEmpty) continue;
                    // The engine's decimal hull holds the exact one, within decimal's last digit.
                    Assert.True(Exact.Of(term.Possible).Widened(1e-20m).Contains(implied),
                        $"seed {seed}, relation {fact.Id}, {term.QuantityKey}: exactly {implied}, engine {term.Possible}");
                }
            }
        }
    }

    private static Rational Tolerance(Rational end) => (end.Sign < 0 ? -end : end) * Rational.Of(1e-24m) + Rational.Of(1e-24m);

    /// <summary>A small exact reference: closed intervals of rationals (BigInteger over BigInteger), unbounded where null.</summary>
    private sealed record Exact(Rational? Low, Rational? High)
    {
        public bool IsEmpty => Low is { } l && High is { } h && l.CompareTo(h) > 0;

        public static Exact Of(Interval i) => i.IsEmpty ? new Exact(Rational.Of(1), Rational.Of(0))
            : new Exact(i.Low is { } l ? Rational.Of(l) : null, i.High is { } h ? Rational.Of(h) : null);

        public Exact Widened(decimal by) => new(Low is { } l ? l - Rational.Of(by) : null, High is { } h ? h + Rational.Of(by) : null);

        /// <summary>Widened at each end by <paramref name="slack"/> of its size and as much again absolutely.</summary>
        public Exact Widened(Func<Rational, Rational> slack) => new(Low is { } l ? l - slack(l) : null, High is { } h ? h + slack(h) : null);

        public bool Contains(Exact other) =>
            (Low is not { } l || (other.Low is { } ol && l.CompareTo(ol) <= 0)) && (High is not { } h || (other.High is { } oh && h.CompareTo(oh) >= 0));

        public Exact WithinDomain(string unit)
        {
            var values = Units.ValuesOf(unit);
            var (low, high) = (Low, High);
            if (values == UnitValues.WholeNonNegative && (low is null || low.CompareTo(Rational.Of(0)) < 0)) low = Rational.Of(0);
            if (values == UnitValues.Percentage)
            {
                if (low is null || low.CompareTo(Rational.Of(0)) < 0) low = Rational.Of(0);
                if (high is null || high.CompareTo(Rational.Of(100)) > 0) high = Rational.Of(100);
            }
            if (values is UnitValues.Whole or UnitValues.WholeNonNegative)
                (low, high) = (low?.Ceiling(), high?.Floor());
            return new Exact(low, high);
        }

        public static Exact operator +(Exact a, Exact b) => a.IsEmpty || b.IsEmpty ? a.IsEmpty ? a : b
            : new(a.Low is { } al && b.Low is { } bl ? al + bl : null, a.High is { } ah && b.High is { } bh ? ah + bh : null);

        public static Exact operator -(Exact a) => new(a.High is { } h ? -h : null, a.Low is { } l ? -l : null);

        public static Exact operator *(Exact a, Exact b)
        {
            if (a.IsEmpty) return a;
            if (b.IsEmpty) return b;
            // Unbounded factors: the engine takes 0 × ∞ as 0 and otherwise the hull is unbounded on the side the signs reach.
            if (a.Low is null || a.High is null || b.Low is null || b.High is null) return Unbounded(a, b);
            Rational[] products = [a.Low * b.Low, a.Low * b.High, a.High * b.Low, a.High * b.High];
            return new(products.Min(), products.Max());
        }

        private static Exact Unbounded(Exact a, Exact b)
        {
            (int Sign, Rational? Value)[] Ends(Exact x) => [(x.Low is null ? -1 : 0, x.Low), (x.High is null ? 1 : 0, x.High)];
            var ends = (from x in Ends(a) from y in Ends(b) select Product(x, y)).ToList();
            var low = ends.Any(e => e.Sign < 0) ? null : ends.Where(e => e.Sign == 0).Select(e => e.Value!).Min();
            var high = ends.Any(e => e.Sign > 0) ? null : ends.Where(e => e.Sign == 0).Select(e => e.Value!).Max();
            return new(low, high);
        }

        private static (int Sign, Rational? Value) Product((int Sign, Rational? Value) x, (int Sign, Rational? Value) y)
        {
            int SignOf((int Sign, Rational? Value) e) => e.Sign != 0 ? e.Sign : e.Value!.Sign;
            if (x.Sign == 0 && y.Sign == 0) return (0, x.Value! * y.Value!);
            var sign = SignOf(x) * SignOf(y);
            return sign == 0 ? (0, Rational.Of(0)) : (sign, null);
        }

        public static Exact Divide(Exact a, Exact b)
        {
            if (a.IsEmpty) return a;
            if (b.IsEmpty) return b;
            var (bl, bh) = (b.Low, b.High);
            // A divisor that spans zero leaves the quotient unbounded; one that touches zero reaches infinity on that side.
            if ((bl is null || bl.Sign < 0) && (bh is null || bh.Sign > 0)) return new(null, null);
            if (bl?.Sign == 0 && bh?.Sign == 0) return new(null, null);
            Rational? low = bh is { Sign: not 0 } h ? Rational.One / h : bl is { Sign: >= 0 } ? Rational.Of(0) : null;
            Rational? high = bl is { Sign: not 0 } l ? Rational.One / l : bh is { Sign: <= 0 } ? Rational.Of(0) : null;
            if (bl?.Sign == 0) high = null;
            if (bh?.Sign == 0) low = null;
            return a * new Exact(low, high);
        }

        public static Exact Implied(RelationKind kind, RelationRole role, List<(RelationRole Role, Exact Agreed)> others)
        {
            Exact One(RelationRole r) => others.First(o => o.Role == r).Agreed;
            var parts = others.Where(o => o.Role == RelationRole.Part).Select(o => o.Agreed).Aggregate(new Exact(Rational.Of(0), Rational.Of(0)), (s, p) => s + p);
            var factor = new Exact(Rational.Of(kind == RelationKind.Percent ? 100 : 1), Rational.Of(kind == RelationKind.Percent ? 100 : 1));
            var inverse = new Exact(Rational.One / factor.Low!, Rational.One / factor.Low!);
            return (kind, role) switch
            {
                (RelationKind.Percent or RelationKind.Ratio, RelationRole.Result) => Divide(One(RelationRole.Part), One(RelationRole.Whole)) * factor,
                (RelationKind.Percent or RelationKind.Ratio, RelationRole.Part) => One(RelationRole.Result) * One(RelationRole.Whole) * inverse,
                (RelationKind.Percent or RelationKind.Ratio, RelationRole.Whole) => Divide(One(RelationRole.Part) * factor, One(RelationRole.Result)),
                (RelationKind.Sum, RelationRole.Total) => parts,
                (RelationKind.Sum, RelationRole.Part) => One(RelationRole.Total) + -parts,
                (RelationKind.PartsAtMost, RelationRole.Total) => parts.IsEmpty ? parts : new(parts.Low, null),
                (RelationKind.PartsAtMost, RelationRole.Part) => (One(RelationRole.Total) + -parts) is var rest && rest.IsEmpty ? rest : new(null, rest.High),
                (RelationKind.Difference, RelationRole.Result) => One(RelationRole.Minuend) + -One(RelationRole.Subtrahend),
                (RelationKind.Difference, RelationRole.Minuend) => One(RelationRole.Result) + One(RelationRole.Subtrahend),
                (RelationKind.Difference, RelationRole.Subtrahend) => One(RelationRole.Minuend) + -One(RelationRole.Result),
                _ => new(null, null),
            };
        }

        public override string ToString() => $"[{Low?.ToString() ?? "−∞"}, {High?.ToString() ?? "∞"}]";
    }

    /// <summary>An exact fraction in lowest terms, denominator positive.</summary>
    private sealed record Rational(BigInteger Numerator, BigInteger Denominator) : IComparable<Rational>
    {
        public static readonly Rational One = new(1, 1);

        public static Rational Of(decimal value)
        {
            var bits = decimal.GetBits(value);
            var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
            if (value < 0) mantissa = -mantissa;
            return Make(mantissa, BigInteger.Pow(10, (bits[3] >> 16) & 0xFF));
        }

        private static Rational Make(BigInteger n, BigInteger d)
        {
            if (d.Sign < 0) (n, d) = (-n, -d);
            var g = BigInteger.GreatestCommonDivisor(n, d);
            return g.IsZero ? new Rational(0, 1) : new Rational(n / g, d / g);
        }

        public int Sign => Numerator.Sign;

        public Rational Ceiling() => -(-this).Floor();

        public Rational Floor()
        {
            var q = BigInteger.DivRem(Numerator, Denominator, out var r);
            if (r.Sign < 0) q -= 1;
            return Make(q, 1);
        }

        public static Rational operator +(Rational a, Rational b) => Make(a.Numerator * b.Denominator + b.Numerator * a.Denominator, a.Denominator * b.Denominator);
        public static Rational operator -(Rational a, Rational b) => a + -b;
        public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);
        public static Rational operator *(Rational a, Rational b) => Make(a.Numerator * b.Numerator, a.Denominator * b.Denominator);
        public static Rational operator /(Rational a, Rational b) => Make(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

        public int CompareTo(Rational? other) => (Numerator * other!.Denominator).CompareTo(other.Numerator * Denominator);

        public override string ToString() => Denominator.IsOne ? Numerator.ToString() : $"{Numerator}/{Denominator}";
    }
}
