# Verbatim: every target installs what it needs first.
SWIFT ?= swift
RELEASE_BIN = .build/release/verbatim

.PHONY: setup build release demo test bench reports weights spark-demo clean

setup:
	@Scripts/setup

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product verbatim

## Run `verbatim extract` on the bundled sample articles.
demo: release
	$(RELEASE_BIN) extract Examples/articles

## Measure extraction throughput on a generated 50 MB corpus (release build), the speed-up of two jobs,
## and one 48 MB document against the same text as articles.
bench: release
	$(RELEASE_BIN) bench --megabytes 50 --stages --jobs 2
	$(RELEASE_BIN) bench --megabytes 48 --long-document

## Regenerate the example reports in Reports/ from the sample articles (a test fails when they are stale).
reports: release
	$(RELEASE_BIN) report --format html -o Reports/report.html Examples/articles
	$(RELEASE_BIN) report --format md -o Reports/report.md Examples/articles
	$(RELEASE_BIN) report --format json -o Reports/report.json Examples/articles

## Refit the speaker-choice weights (Rules/attribution/speaker-weights.yml) on gold annotations: the
## PolNeAR train split and the sample articles' gold (folders of <id>.txt + <id>.gold.json). The same
## folders always give the same weights. Override WEIGHT_CORPORA to fit on other gold folders.
WEIGHT_CORPORA ?= ../shared/corpus/polnear-train ../shared/corpus/seeds
weights: release
	$(RELEASE_BIN) fit-attribution --rules Rules $(WEIGHT_CORPORA)

## Extract a JSON Lines corpus packed from Examples/articles (or CORPUS=DIR) on a local Spark (local[2])
## and check that it equals a single process; installs PySpark into .venv-spark/ and a JRE if java is missing.
spark-demo: release
	CORPUS="$(CORPUS)" Scripts/spark/demo.sh

## Run the whole test suite.
test: setup
	$(SWIFT) test

clean:
	rm -rf .build
