"""Printing figures (issue 5): ``python -m desk_app.bench_printing`` prints JSON.

Measures, each as the median of ``--runs`` renders after one warm-up (the font registered, templates built):

* a receipt PDF, three copies on A4 三等分 (target ≤ 60 ms);
* a sheet of 10 pass cards on A4 with photos — the same ~30 KB JPEG on every card, as when one crew is
  printed (target ≤ 300 ms) — and, for information, 10 different photos never seen before (cold cache);
* the day-close handover sheet of a shift with 500 receipts (target ≤ 200 ms).

Every run prints a different number and QR payload, so no QR code comes from a cache.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

TARGETS_MS = {"receipt_3_copies": 60.0, "passes_10_with_photos": 300.0, "day_close_500": 200.0}


def _median_ms(fn: Callable[[int], object], runs: int) -> dict[str, float]:
    fn(-1)  # warm-up
    times = []
    for i in range(runs):
        t = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"runs": runs, "median_ms": round(statistics.median(times), 1), "max_ms": round(times[-1], 1)}


def photo_jpeg(seed: int = 7, size: tuple[int, int] = (413, 579)) -> bytes:
    """A portrait-like JPEG of about 30 KB (a 1-inch ID photo at ~300 dpi): background, face, shoulders."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    w, h = size
    image = Image.new("RGB", size, (70 + rng.randrange(40), 120 + rng.randrange(40), 190))
    draw = ImageDraw.Draw(image)
    for _ in range(60):  # texture, so the JPEG is not trivially small
        x, y, r = rng.randrange(w), rng.randrange(h), rng.randrange(4, 30)
        shade = rng.randrange(-25, 25)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(90 + shade, 140 + shade, 200 + shade // 2))
    draw.rectangle((int(w * 0.12), int(h * 0.62), int(w * 0.88), h), fill=(35, 45, 70))  # shoulders
    draw.ellipse((int(w * 0.28), int(h * 0.12), int(w * 0.72), int(h * 0.66)), fill=(228, 188, 160))  # face
    draw.ellipse((int(w * 0.26), int(h * 0.06), int(w * 0.74), int(h * 0.3)), fill=(30, 25, 25))  # hair
    for ex in (0.4, 0.6):
        draw.ellipse(
            (int(w * ex) - 8, int(h * 0.36) - 5, int(w * ex) + 8, int(h * 0.36) + 5), fill=(40, 30, 30)
        )
    image = image.filter(ImageFilter.GaussianBlur(1.0))
    noise = Image.effect_noise(size, 18).convert("RGB")
    image = Image.blend(image, noise, 0.12)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def receipt_data(i: int) -> dict[str, object]:
    number = f"SJ-A1-2026-{i + 1000:06d}"
    return {
        "site_name": "阳光花园物业服务中心",
        "number": number,
        "date": "2026年11月23日",
        "payer": "张三",
        "unit": "3栋2单元1102",
        "method": "POS",
        "method_ref": f"88271635{i + 1000:04d}",
        "clerk": "李四",
        "qr": f"RC|{number}|353000|{i * 7919 % 10**12:012x}",
        "items": [("装修保证金", 300000), ("垃圾清运费", 50000), ("出入证工本费（3张）", 3000)],
        "refund_condition": "装修完工验收合格、入住满三个月且楼下业主确认无渗漏、出入证全部交回后，"
        "凭本收据及《装修备案登记证》原件办理退还。",
    }


def pass_cards(i: int, photos: list[bytes]) -> list[Any]:
    from desk_app.printing.passes import PassCard

    names = ("王建国", "欧阳小红", "李四", "赵大勇", "陈志强")
    trades = ("泥瓦工", "水电工", "木工", "油漆工", "杂工")
    return [
        PassCard(
            number=f"LS-A1-2026-{i * 10 + k + 1000:06d}",
            name=names[k % 5],
            id_masked="110101********1234",
            company="上海恒美装饰工程有限公司",
            trade=trades[k % 5],
            unit="3栋2单元1102",
            valid_from="2026年11月23日",
            valid_until="2027年2月22日",
            photo=photos[k % len(photos)],
            qr=f"PS|LS-A1-2026-{i * 10 + k + 1000:06d}|{(i * 10 + k) * 104729 % 10**12:012x}",
            extended_until="2027年3月10日" if k == 3 else "",
            site_name="阳光花园物业服务中心",
        )
        for k in range(10)
    ]


def day_close_data(i: int, receipts: int = 500) -> Any:
    from desk_app.printing.day_close import DayClose, MethodTotal, ReceiptLine, RefundLine, VoidLine

    rng = random.Random(i)
    methods = ("现金", "微信", "支付宝", "银行转账", "POS")
    items = (
        "装修保证金",
        "垃圾清运费",
        "出入证工本费",
        "物业费（2026年11月）",
        "停车费（月卡）",
        "水电费代收",
    )
    lines = [
        ReceiptLine(
            f"SJ-A1-2026-{n + 1:06d}",
            f"{8 + n * 9 // receipts:02d}:{n % 60:02d}",
            f"{rng.randint(1, 30)}栋{rng.randint(1, 3)}单元{rng.randint(2, 33)}0{rng.randint(1, 4)}",
            rng.choice(("张三", "李四", "欧阳小红", "王建国")),
            rng.choice(items),
            rng.choice(methods),
            rng.randint(100, 500000),
            "作废" if n % 97 == 5 else "正常",
        )
        for n in range(receipts)
    ]
    totals = []
    for m in methods:
        mine = [r for r in lines if r.method == m and r.status == "正常"]
        totals.append(
            MethodTotal(m, len(mine), sum(r.amount_fen for r in mine), 27600 if m == "银行转账" else 0)
        )
    return DayClose(
        site_name="阳光花园物业服务中心",
        desk="1号服务台",
        clerk="李四",
        period_from="2026-11-23 08:00",
        period_to="2026-11-23 17:30",
        number=f"RJ-A1-2026-{i + 1000:06d}",
        methods=totals,
        cash_expected_fen=totals[0].net_fen + 50000,
        receipts=lines,
        voids=[VoidLine(r.number, r.amount_fen, "金额录入错误，已重开") for r in lines if r.status == "作废"],
        refunds=[
            RefundLine(
                "TK-A1-2026-000007", "SJ-A1-2026-000011", "3栋2单元1102", "银行转账", 27600, "扣除 ¥240.00"
            )
        ],
        printed_at="2026-11-23 17:35",
    )


def run(runs: int) -> dict[str, Any]:
    from desk_app.printing.day_close import render_day_close
    from desk_app.printing.passes import render_passes
    from desk_app.printing.receipt import render_receipt

    photo = photo_jpeg()
    results: dict[str, Any] = {"photo_bytes": len(photo)}
    results["receipt_3_copies"] = _median_ms(lambda i: render_receipt(receipt_data(i)), runs)
    results["passes_10_with_photos"] = _median_ms(
        lambda i: render_passes(pass_cards(i, [photo]), layout="a4-10up"), runs
    )
    fresh = iter([[photo_jpeg(seed=1000 + i * 10 + k) for k in range(10)] for i in range(-1, runs)])
    results["passes_10_new_photos_cold"] = _median_ms(
        lambda i: render_passes(pass_cards(i, next(fresh)), layout="a4-10up"), runs
    )
    day_close = [day_close_data(i) for i in range(-1, runs)]
    results["day_close_500"] = _median_ms(lambda i: render_day_close(day_close[i + 1]), runs)
    for key, target in TARGETS_MS.items():
        results[key]["target_ms"] = target
        results[key]["met"] = results[key]["median_ms"] <= target
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    results = run(args.runs)
    print(json.dumps(results, ensure_ascii=False, indent=2))
    return 0 if all(results[k]["met"] for k in TARGETS_MS) else 1


if __name__ == "__main__":
    raise SystemExit(main())
